import { Menu } from 'antd';
import type { Role } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { navItemsFor } from './nav-items';

/** The app's navigation for the signed-in user's role; the current area is highlighted. */
export function NavMenu({ role, mode, onNavigate }: { role: Role; mode: 'inline' | 'vertical'; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const items = navItemsFor(role);
  const selected = items.find((i) => location.pathname === i.path || location.pathname.startsWith(`${i.path}/`));
  return (
    <Menu
      mode={mode}
      theme="dark"
      selectedKeys={selected ? [selected.path] : []}
      items={items.map((i) => ({ key: i.path, label: <span data-testid={`nav-${i.path.slice(1)}`}>{t(i.labelKey)}</span> }))}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
