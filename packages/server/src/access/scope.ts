import type { Role } from '@qudao/contract';

/**
 * Who is asking, resolved once per request by the auth layer. `repIds` are the reps whose territories
 * the caller may see: the rep themself, a manager's reps, or `all` for HQ. Every query on scoped
 * records (accounts and what hangs off them) goes through the data access layer with this scope.
 */
export interface Scope {
  userId: string;
  role: Role;
  repIds: readonly string[] | 'all';
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth pre-handler on every route whose permission is not `public`. */
    scope?: Scope;
  }
}
