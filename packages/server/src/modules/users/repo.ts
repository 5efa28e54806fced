import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { User } from '@qudao/contract';
import { userVisible } from '../../access/visibility';
import type { Scope } from '../../access/scope';
import type { Db } from '../../db/connect';
import { users } from '../../db/schema';
import { toIso } from '../../db/time';

/** A user row as the services need it; the password hash never leaves the server. */
export type UserRow = typeof users.$inferSelect;

const sortColumns = { username: users.username, displayName: users.displayName, role: users.role, createdAt: users.createdAt };

/** The API view of a user row (no password hash). */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    managerId: row.managerId,
    locale: row.locale,
    active: row.active,
    createdAt: toIso(row.createdAt),
  };
}

/** Finds a user by id regardless of scope (auth and services only). */
export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Finds a user by user name, case-insensitively (login). */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
  return row;
}

/** A user the scope may read, or undefined (missing and invisible look the same). */
export async function getVisibleUser(db: Db, scope: Scope, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(and(eq(users.id, id), userVisible(scope)));
  return row;
}

/** A page of the users the scope may read. */
export async function listUsers(
  db: Db,
  scope: Scope,
  query: { q?: string; role?: User['role']; sort: keyof typeof sortColumns; order: 'asc' | 'desc'; page: number; pageSize: number },
): Promise<{ items: User[]; total: number }> {
  const conds: SQL[] = [userVisible(scope)];
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    conds.push(or(ilike(users.username, like), ilike(users.displayName, like))!);
  }
  if (query.role) conds.push(eq(users.role, query.role));
  const where = and(...conds);
  const dir = query.order === 'desc' ? desc : asc;
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(dir(sortColumns[query.sort]), asc(users.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(where);
  return { items: rows.map(toUser), total: count?.n ?? 0 };
}

/** Escapes `%`, `_` and `\` so user text matches literally inside ILIKE. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
