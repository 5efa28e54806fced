import { randomUUID } from 'node:crypto';
import type { Db } from '../src/db/connect';
import { accounts, contacts, productLines, products, salesLines, territories, territoryUnits, units, users } from '../src/db/schema';
import { hashPassword } from '../src/modules/users/service';

/** Test data builders: each inserts one row with sensible defaults and returns it. */

let seq = 0;
const next = () => ++seq;
const hashes = new Map<string, Promise<string>>();

/** The password every built user has unless told otherwise. */
export const testPassword = 'secret-pass';

// argon2 is slow on purpose; one hash per distinct password keeps builders fast.
function hashOnce(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
}

export async function buildUser(db: Db, o: Partial<typeof users.$inferInsert> & { password?: string } = {}) {
  const n = next();
  const [row] = await db
    .insert(users)
    .values({
      username: o.username ?? `user${n}`,
      displayName: o.displayName ?? `用户${n}`,
      passwordHash: await hashOnce(o.password ?? testPassword),
      role: o.role ?? 'rep',
      managerId: o.managerId ?? null,
      locale: o.locale ?? null,
      active: o.active ?? true,
    })
    .returning();
  return row!;
}

export async function buildUnit(db: Db, o: Partial<typeof units.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(units)
    .values({
      id: o.id ?? `U${n}`,
      name: o.name ?? `单元${n}`,
      level: o.level ?? 'prefecture',
      parentId: o.parentId ?? null,
      centroidLng: o.centroidLng ?? 123.4,
      centroidLat: o.centroidLat ?? 41.8,
      boundaryRef: o.boundaryRef ?? null,
    })
    .returning();
  return row!;
}

export async function buildTerritory(db: Db, o: { ownerId: string | null; unitIds: string[]; name?: string }) {
  const [row] = await db.insert(territories).values({ name: o.name ?? `区域${next()}`, ownerId: o.ownerId }).returning();
  if (o.unitIds.length > 0) await db.insert(territoryUnits).values(o.unitIds.map((unitId) => ({ territoryId: row!.id, unitId })));
  return row!;
}

export async function buildAccount(db: Db, o: Partial<typeof accounts.$inferInsert> & { unitId: string }) {
  const n = next();
  const [row] = await db
    .insert(accounts)
    .values({
      name: o.name ?? `客户${n}`,
      kind: o.kind ?? 'distributor',
      distributorId: o.distributorId ?? null,
      unitId: o.unitId,
      externalCode: o.externalCode ?? `EXT-${n}`,
      lng: o.lng === undefined ? 123.4 : o.lng,
      lat: o.lat === undefined ? 41.8 : o.lat,
      address: o.address ?? `地址${n}号`,
      phone: o.phone ?? `024-${String(10000000 + n)}`,
      status: o.status ?? 'active',
    })
    .returning();
  return row!;
}

export async function buildContact(db: Db, o: Partial<typeof contacts.$inferInsert> & { accountId: string }) {
  const n = next();
  const [row] = await db
    .insert(contacts)
    .values({ accountId: o.accountId, name: o.name ?? `联系人${n}`, title: o.title ?? '经理', phone: o.phone ?? '13800000000', isPrimary: o.isPrimary ?? false })
    .returning();
  return row!;
}

export async function buildProductLine(db: Db, o: Partial<typeof productLines.$inferInsert> = {}) {
  const n = next();
  const [row] = await db.insert(productLines).values({ id: o.id ?? `line${n}`, name: o.name ?? `产品线${n}`, nameEn: o.nameEn ?? `Line ${n}` }).returning();
  return row!;
}

export async function buildProduct(db: Db, o: Partial<typeof products.$inferInsert> & { lineId: string }) {
  const n = next();
  const [row] = await db
    .insert(products)
    .values({ model: o.model ?? `CK61${n}`, name: o.name ?? `数控车床${n}`, lineId: o.lineId, listPriceFen: o.listPriceFen ?? 12_000_000, active: o.active ?? true })
    .returning();
  return row!;
}

export async function buildSalesLine(db: Db, o: Partial<typeof salesLines.$inferInsert> & { accountId: string; productId: string }) {
  const [row] = await db
    .insert(salesLines)
    .values({
      accountId: o.accountId,
      productId: o.productId,
      date: o.date ?? '2026-10-15',
      quantity: o.quantity ?? 1,
      amountFen: o.amountFen ?? 10_000_000,
      grossProfitFen: o.grossProfitFen ?? 2_000_000,
      serialNumbers: o.serialNumbers ?? [`SN-${randomUUID().slice(0, 8)}`],
    })
    .returning();
  return row!;
}
