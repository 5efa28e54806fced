import { hash, verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { Locale, Role, User, UserCreate, UserPatch } from '@qudao/contract';
import { recordChanges, type WriteContext } from '../../audit/record';
import type { Db } from '../../db/connect';
import { users } from '../../db/schema';
import type { Result } from '../../http/errors';
import { findUserById, toUser, type UserRow } from './repo';

// OWASP's argon2id baseline (19 MiB, 2 passes): slow for an attacker, ~50 ms for a login.
const argonOptions = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id; the only way a password is ever stored. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

/** True when `password` matches the argon2 `passwordHash`; false (never throws) on a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Fields whose changes the audit log records; the password is recorded as changed, never its value.
const auditedFields = ['username', 'displayName', 'role', 'managerId', 'locale', 'active', 'password'] as const;

function auditView(row: UserRow): Record<string, unknown> {
  return { ...toUser(row), password: row.passwordHash };
}

async function countReps(db: Db, managerId: string): Promise<number> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.managerId, managerId));
  return rows.length;
}

async function checkManager(db: Db, role: Role, managerId: string | null | undefined): Promise<boolean> {
  if (managerId == null) return true;
  // Only a rep reports to a manager; the manager must exist and hold the manager role.
  if (role !== 'rep') return false;
  const manager = await findUserById(db, managerId);
  return manager?.role === 'manager';
}

/**
 * Creates a user with a hashed password and records it in the audit log, in `db` (pass a transaction
 * to make it part of a larger write). Used by the API, the CLI (`qudao users add`) and the demo loader.
 * Fails with USER.MANAGER_INVALID or CONFLICT.DUPLICATE (user name taken, case-insensitively).
 */
export async function createUser(
  db: Db,
  input: UserCreate & { locale?: Locale | null; active?: boolean },
  ctx: WriteContext = { userId: null, now: new Date(), source: 'system' },
): Promise<Result<User>> {
  if (!(await checkManager(db, input.role, input.managerId))) return { ok: false, code: 'USER.MANAGER_INVALID' };
  const passwordHash = await hashPassword(input.password);
  const at = ctx.now.toISOString();
  // A savepoint when the caller already holds a transaction: the user and its audit rows land together.
  return db.transaction(async (tx) => {
  const [row] = await tx
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      role: input.role,
      managerId: input.managerId ?? null,
      locale: input.locale ?? null,
      active: input.active ?? true,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordChanges(tx, ctx, { entity: 'user', entityId: row.id, fields: auditedFields, before: null, after: auditView(row), secretFields: ['password'] });
  return { ok: true, value: toUser(row) } as const;
  });
}

/** Applies an HQ change to a user (a new password is hashed); NOT_FOUND when missing. Atomic with its audit rows. */
export async function updateUser(db: Db, id: string, patch: UserPatch & { locale?: Locale | null }, ctx: WriteContext): Promise<Result<User>> {
  // Hashing is slow on purpose; do it before taking the transaction.
  const passwordHash = patch.password !== undefined ? await hashPassword(patch.password) : undefined;
  return db.transaction(async (tx) => applyUserPatch(tx, id, patch, passwordHash, ctx));
}

async function applyUserPatch(db: Db, id: string, patch: UserPatch & { locale?: Locale | null }, passwordHash: string | undefined, ctx: WriteContext): Promise<Result<User>> {
  const [before] = await db.select().from(users).where(eq(users.id, id)).for('update');
  if (!before) return { ok: false, code: 'NOT_FOUND' };
  const role = patch.role ?? before.role;
  const managerId = patch.managerId !== undefined ? patch.managerId : role === 'rep' ? before.managerId : null;
  if (!(await checkManager(db, role, managerId))) return { ok: false, code: 'USER.MANAGER_INVALID' };
  if (before.role === 'manager' && role !== 'manager' && (await countReps(db, id)) > 0) {
    // Their reps would report to someone who is no longer a manager.
    return { ok: false, code: 'USER.MANAGER_INVALID' };
  }
  const values: Partial<typeof users.$inferInsert> = { role, managerId, updatedAt: ctx.now.toISOString() };
  if (patch.displayName !== undefined) values.displayName = patch.displayName;
  if (patch.active !== undefined) values.active = patch.active;
  if (patch.locale !== undefined) values.locale = patch.locale;
  if (passwordHash !== undefined) values.passwordHash = passwordHash;
  const [after] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  if (!after) return { ok: false, code: 'NOT_FOUND' };
  await recordChanges(db, ctx, { entity: 'user', entityId: id, fields: auditedFields, before: auditView(before), after: auditView(after), secretFields: ['password'] });
  return { ok: true, value: toUser(after) };
}
