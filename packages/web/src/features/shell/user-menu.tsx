import { Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { Me } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { logout } from '../../api/endpoints';
import { meKey } from '../auth/use-me';
import { useSwitchLocale } from '../auth/use-switch-locale';

/** The signed-in user's name with a menu: language switch and sign-out. */
export function UserMenu({ me, compact }: { me: Me; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const switchLocale = useSwitchLocale();
  const current = i18n.language === 'en' ? 'en' : 'zh-CN';

  const signOut = async () => {
    try {
      await logout();
    } finally {
      qc.clear();
      qc.setQueryData(meKey, null);
      navigate('/login', { replace: true });
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            type: 'group',
            label: t('user.language'),
            children: [
              { key: 'zh-CN', label: <span data-testid="locale-zh-CN">{current === 'zh-CN' ? '✓ ' : ''}中文</span> },
              { key: 'en', label: <span data-testid="locale-en">{current === 'en' ? '✓ ' : ''}English</span> },
            ],
          },
          { type: 'divider' },
          { key: 'logout', label: <span data-testid="logout">{t('user.logout')}</span>, danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'logout') void signOut();
          else if (key === 'en' || key === 'zh-CN') void switchLocale(key);
        },
      }}
    >
      <Button type="text" data-testid="user-menu" style={{ height: 48, color: '#fff' }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" style={{ background: '#3b7dd8' }}>
            {me.displayName.slice(0, 1)}
          </Avatar>
          {!compact && (
            <span>
              <Typography.Text style={{ color: '#fff' }}>{me.displayName}</Typography.Text>
              <Typography.Text style={{ color: 'rgba(255,255,255,0.65)', marginInlineStart: 6, fontSize: 12 }}>
                {t(`user.roles.${me.role}`)}
              </Typography.Text>
            </span>
          )}
        </Flex>
      </Button>
    </Dropdown>
  );
}
