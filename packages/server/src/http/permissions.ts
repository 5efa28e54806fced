import type { Role } from '@qudao/contract';

/**
 * Every API route declares one permission in `config.permission` (checked at registration by app.ts).
 * `public` needs no session; `signedIn` any active user; the rest name what the caller may do.
 * Record visibility (which accounts) is not a permission: the data access layer applies it to every query.
 */
export const permissionRoles = {
  public: null,
  signedIn: ['hq', 'manager', 'rep'],
  'accounts:read': ['hq', 'manager', 'rep'],
  'accounts:write': ['hq', 'manager', 'rep'],
  'products:read': ['hq', 'manager', 'rep'],
  'products:write': ['hq'],
  'users:read': ['hq', 'manager'],
  'users:manage': ['hq'],
  'units:read': ['hq', 'manager', 'rep'],
  'territories:read': ['hq', 'manager', 'rep'],
  'audit:read': ['hq', 'manager', 'rep'],
  'archive:settings': ['hq'],
  'leads:read': ['hq', 'manager', 'rep'],
  'leads:write': ['hq', 'manager', 'rep'],
  'visits:read': ['hq', 'manager', 'rep'],
  'visits:write': ['manager', 'rep'],
  'visits:review': ['hq', 'manager'],
  'visits:settings': ['hq'],
  'territories:design': ['hq', 'manager'],
  'units:manage': ['hq'],
  'classes:read': ['hq', 'manager'],
  'classes:run': ['hq'],
  'classes:override': ['hq', 'manager'],
  'tiers:read': ['hq', 'manager'],
  'tiers:run': ['hq'],
  'imports:write': ['hq'],
  'channel:read': ['hq', 'manager', 'rep'],
  'channel:manage': ['hq'],
  // Managers see the leaderboards of their distributors and propose recognitions; HQ confirms (R2.3).
  'channel:propose': ['hq', 'manager'],
  'planning:read': ['hq', 'manager', 'rep'],
  'planning:manage': ['hq', 'manager'],
  'dashboards:read': ['hq', 'manager', 'rep'],
} as const satisfies Record<string, readonly Role[] | null>;

/** A permission a route can declare. */
export type Permission = keyof typeof permissionRoles;

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
  }
}
