import { useState } from 'react';
import { Button, Drawer, Grid, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageSpin } from '../../ui/page-spin';
import { useMe } from '../auth/use-me';
import { NavMenu } from './nav-menu';
import { UserMenu } from './user-menu';
import { OverdueBell } from '../promises/overdue-bell';
import { DumpingAlert } from '../dumping/dumping-alert';

/** Layout of every signed-in page: header with user menu, side navigation (a drawer at phone width). */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe().data;
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  if (!me) return <PageSpin />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: phone ? 8 : 24, background: '#16375f' }}>
        {phone && (
          <Button type="text" aria-label={t('nav.menu')} data-testid="nav-toggle" onClick={() => setDrawerOpen(true)} style={{ color: '#fff', fontSize: 20 }}>
            ☰
          </Button>
        )}
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          {t('app.name')}
          {!phone && <span style={{ fontWeight: 400, fontSize: 13, opacity: 0.7, marginInlineStart: 8 }}>{t('login.subtitle')}</span>}
        </Typography.Text>
        <div style={{ flex: 1 }} />
        <OverdueBell role={me.role} />
        <DumpingAlert role={me.role} />
        <UserMenu me={me} compact={phone} />
      </Layout.Header>
      <Layout>
        {!phone && (
          <Layout.Sider width={180} style={{ background: '#001529' }} data-testid="sider">
            <NavMenu role={me.role} mode="inline" />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? 8 : 20, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {phone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={220}
          title={t('app.name')}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          <NavMenu role={me.role} mode="inline" onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
