import type { Role } from '@qudao/contract';
import type { Messages } from '../../i18n/zh-CN';

/** One area of the app in the navigation. */
export interface NavItem {
  path: string;
  labelKey: `nav.${Exclude<keyof Messages['nav'], 'menu'>}`;
  roles: readonly Role[];
}

/** Only areas that exist are listed, each for the roles that may use it (no dead links). */
export const navItems: readonly NavItem[] = [
  { path: '/accounts', labelKey: 'nav.accounts', roles: ['hq', 'manager', 'rep'] },
  { path: '/map', labelKey: 'nav.map', roles: ['hq', 'manager', 'rep'] },
  { path: '/today', labelKey: 'nav.today', roles: ['manager', 'rep'] },
  { path: '/visits', labelKey: 'nav.visits', roles: ['hq', 'manager', 'rep'] },
  { path: '/promises', labelKey: 'nav.promises', roles: ['hq', 'manager', 'rep'] },
  { path: '/users', labelKey: 'nav.users', roles: ['hq'] },
  { path: '/products', labelKey: 'nav.products', roles: ['hq'] },
  { path: '/leads', labelKey: 'nav.leads', roles: ['hq', 'manager', 'rep'] },
  { path: '/territories', labelKey: 'nav.territories', roles: ['hq', 'manager'] },
  { path: '/classes', labelKey: 'nav.classes', roles: ['hq', 'manager'] },
  { path: '/tiers', labelKey: 'nav.tiers', roles: ['hq', 'manager'] },
  { path: '/imports', labelKey: 'nav.imports', roles: ['hq'] },
  { path: '/policies', labelKey: 'nav.policies', roles: ['hq', 'manager'] },
  { path: '/meetings', labelKey: 'nav.meetings', roles: ['hq', 'manager'] },
  { path: '/planning', labelKey: 'nav.planning', roles: ['hq', 'manager', 'rep'] },
  { path: '/prices', labelKey: 'nav.prices', roles: ['hq', 'manager', 'rep'] },
  { path: '/dumping', labelKey: 'nav.dumping', roles: ['hq', 'manager'] },
  { path: '/competitors', labelKey: 'nav.competitors', roles: ['hq', 'manager', 'rep'] },
  { path: '/dashboards', labelKey: 'nav.dashboards', roles: ['hq', 'manager', 'rep'] },
];

/** The navigation entries a role sees. */
export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((i) => i.roles.includes(role));
}
