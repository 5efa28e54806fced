import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import type { Db } from '../src/db/connect';
import { visitPhotos } from '../src/db/schema-visits';
import { diskPhotoStore, photoStoreOf } from '../src/modules/visits/photo-store';
import { addPhoto, withPhotoCleanup } from '../src/modules/visits/photos';
import { sweepOrphanPhotos } from '../src/modules/visits/photo-sweep';
import { S3Error, s3PhotoStore } from '../src/modules/visits/s3-photo-store';
import { sha256Hex, signV4 } from '../src/modules/visits/s3-signature';
import { openTestApp, type TestApp } from './app';
import { buildAccount, buildTerritory, buildUnit, buildUser } from './builders';
import { startFakeS3, type FakeS3 } from './fake-s3';
import { tinyPng } from './world-visits';

// Issue 5 item 3: photos on disk by default or in an S3-compatible bucket (Signature V4 over fetch,
// tested against a local fake S3), and no stored photo outlives a transaction that did not commit.

const creds = { accessKeyId: 'QUDAOTESTKEY', secretAccessKey: 'test/secret+key', region: 'cn-north-1' };
const filesUnder = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
};

describe('Signature V4', () => {
  it('reproduces the signature of the published S3 GET example', () => {
    const url = new URL('https://examplebucket.s3.amazonaws.com/test.txt');
    const empty = sha256Hex('');
    const { authorization } = signV4({
      method: 'GET', url, payloadSha256: empty, service: 's3', region: 'us-east-1', amzDate: '20130524T000000Z',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      headers: { Host: 'examplebucket.s3.amazonaws.com', Range: 'bytes=0-9', 'x-amz-content-sha256': empty, 'x-amz-date': '20130524T000000Z' },
    });
    expect(authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('photo store configuration', () => {
  it('defaults to disk and refuses s3 without its endpoint, bucket and keys, naming each', () => {
    expect(loadConfig({}).QUDAO_PHOTO_STORE).toBe('disk');
    expect(() => loadConfig({ QUDAO_PHOTO_STORE: 's3', QUDAO_S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
      /QUDAO_S3_BUCKET: required when QUDAO_PHOTO_STORE=s3[\s\S]*QUDAO_S3_ACCESS_KEY_ID[\s\S]*QUDAO_S3_SECRET_ACCESS_KEY/,
    );
    expect(() => loadConfig({ QUDAO_PHOTO_STORE: 'ftp' })).toThrow(/QUDAO_PHOTO_STORE/);
  });
});

describe('S3 photo store against a local fake S3', () => {
  let s3: FakeS3;
  beforeAll(async () => {
    s3 = await startFakeS3(creds);
  });
  afterAll(() => s3.close());

  it('puts, gets and deletes signed objects under the prefix; a missing key reads as undefined', async () => {
    const store = s3PhotoStore({ endpoint: s3.endpoint, bucket: 'qudao-photos', prefix: 'p/', pathStyle: true, ...creds });
    await store.put('v1/照片 1.png', tinyPng);
    expect(s3.objects.get('qudao-photos/p/v1/照片 1.png')).toEqual(tinyPng);
    expect(await store.get('v1/照片 1.png')).toEqual(tinyPng);
    await store.delete('v1/照片 1.png');
    expect(s3.objects.size).toBe(0);
    expect(await store.get('v1/照片 1.png')).toBeUndefined();
    await expect(store.delete('v1/never.png')).resolves.toBeUndefined();
  });

  it('fails with S3’s error code when the signature is wrong or the store is down, and refuses keys that climb', async () => {
    const wrong = s3PhotoStore({ endpoint: s3.endpoint, bucket: 'b', prefix: '', pathStyle: true, ...creds, secretAccessKey: 'not-the-secret' });
    await expect(wrong.put('k.png', tinyPng)).rejects.toMatchObject({ status: 403, s3Code: 'SignatureDoesNotMatch' });
    const store = s3PhotoStore({ endpoint: s3.endpoint, bucket: 'b', prefix: '', pathStyle: true, ...creds });
    s3.failNext('GET');
    await expect(store.get('k.png')).rejects.toBeInstanceOf(S3Error);
    await expect(store.put('../etc/k.png', tinyPng)).rejects.toThrow(/invalid photo key/);
  });
});

// A small world: one rep, one account in their territory.
async function seedRep(db: Db) {
  const rep = await buildUser(db, { username: 'rep', role: 'rep', displayName: '业务员' });
  const unit = await buildUnit(db, { id: 'U1', name: '沈阳市' });
  await buildTerritory(db, { ownerId: rep.id, unitIds: [unit.id] });
  const account = await buildAccount(db, { unitId: unit.id, name: '沈阳经销', kind: 'distributor' });
  return { rep, account };
}

async function openVisit(t: TestApp, cookie: string, accountId: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/visits', headers: { cookie },
    payload: { accountId, kind: 'routine', plannedOn: '2026-11-20', objectives: [{ type: 'new_order', details: { products: 'CK6150 数控车床', quantity: 2 } }], fixedTime: true, fixedRoute: true },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('photos through the API with QUDAO_PHOTO_STORE=s3', () => {
  let s3: FakeS3;
  let t: TestApp;
  let cookie: string;
  let visitId: string;
  beforeAll(async () => {
    s3 = await startFakeS3(creds);
    let accountId = '';
    t = await openTestApp({
      env: { QUDAO_PHOTO_STORE: 's3', QUDAO_S3_ENDPOINT: s3.endpoint, QUDAO_S3_BUCKET: 'qudao', QUDAO_S3_REGION: creds.region, QUDAO_S3_ACCESS_KEY_ID: creds.accessKeyId, QUDAO_S3_SECRET_ACCESS_KEY: creds.secretAccessKey },
      seed: async (db) => void (accountId = (await seedRep(db)).account.id),
    });
    cookie = await t.login('rep');
    visitId = await openVisit(t, cookie, accountId);
  });
  afterAll(async () => {
    await t.close();
    await s3.close();
  });

  it('stores the photo in the bucket and serves it back', async () => {
    const up = await t.app.inject({ method: 'POST', url: `/api/visits/${visitId}/photos`, headers: { cookie }, payload: { kind: 'storefront', dataBase64: tinyPng.toString('base64') } });
    expect(up.statusCode, up.body).toBe(201);
    expect([...s3.objects.keys()]).toEqual([`qudao/photos/${visitId}/${up.json().id}.png`]);
    const img = await t.app.inject({ method: 'GET', url: `/api/photos/${up.json().id}`, headers: { cookie } });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.rawPayload).toEqual(tinyPng);
  });

  it('a store outage answers a coded, translated 503 (retryable), leaves neither a row nor an object, and the retry stores it once', async () => {
    const rows = (await t.database.db.select().from(visitPhotos)).length;
    const objects = s3.objects.size;
    const id = '7b0c9a51-3c1e-4d7a-9f55-2a6b1c0d9e01';
    const send = (lang: string) =>
      t.app.inject({ method: 'POST', url: `/api/visits/${visitId}/photos`, headers: { cookie, 'accept-language': lang, 'idempotency-key': 'outage-1' }, payload: { id, kind: 'storefront', dataBase64: tinyPng.toString('base64') } });
    for (const lang of ['zh-CN', 'en']) {
      s3.failNext('PUT');
      const up = await send(lang);
      expect(up.statusCode, up.body).toBe(503);
      expect(up.json().error.code).toBe('PHOTO.STORE_UNAVAILABLE');
      expect(up.json().error.message).toMatch(lang === 'en' ? /photo store is unavailable/ : /照片存储暂时不可用/);
      expect((await t.database.db.select().from(visitPhotos)).length).toBe(rows);
      expect(s3.objects.size).toBe(objects);
    }
    // The phone's outbox sends the same write again once the store is back: stored once.
    const retry = await send('zh-CN');
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json().id).toBe(id);
    expect((await t.database.db.select().from(visitPhotos)).length).toBe(rows + 1);
    expect(s3.objects.size).toBe(objects + 1);
  });
});

describe('no orphan photo after a failed write (disk store)', () => {
  let t: TestApp;
  let dataDir: string;
  let cookie: string;
  let visitId: string;
  let repId: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'qudao-orphans-'));
    let accountId = '';
    t = await openTestApp({
      env: { QUDAO_DATA_DIR: dataDir },
      seed: async (db) => {
        const s = await seedRep(db);
        accountId = s.account.id;
        repId = s.rep.id;
      },
    });
    cookie = await t.login('rep');
    visitId = await openVisit(t, cookie, accountId);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('deletes the file written inside a transaction that then rolls back', async () => {
    const db = t.database.db;
    const store = photoStoreOf(loadConfig({ QUDAO_DATA_DIR: dataDir }));
    const failing = withPhotoCleanup(db, store, (tracked) =>
      db.transaction(async (tx) => {
        const w = { tx, scope: { userId: repId, role: 'rep' as const, repIds: [repId] }, ctx: { userId: repId, now: new Date('2026-11-20T02:00:00Z'), source: 'manual' as const } };
        const added = await addPhoto(w, tracked, visitId, { kind: 'statement', dataBase64: tinyPng.toString('base64') }, 1_000_000);
        expect(added.ok).toBe(true);
        expect(filesUnder(join(dataDir, 'photos'))).toHaveLength(1); // written before the commit…
        throw new Error('the commit fails');
      }),
    );
    await expect(failing).rejects.toThrow('the commit fails');
    expect(filesUnder(join(dataDir, 'photos'))).toEqual([]); // …and gone with the rollback
    expect(await db.select().from(visitPhotos)).toEqual([]);
  });

  it('two copies of one offline upload (same Idempotency-Key, no client id) keep one row and one file', async () => {
    const send = () =>
      t.app.inject({ method: 'POST', url: `/api/visits/${visitId}/photos`, headers: { cookie, 'idempotency-key': 'phone-photo-1' }, payload: { kind: 'storefront', dataBase64: tinyPng.toString('base64') } });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
    const rows = await t.database.db.select().from(visitPhotos);
    expect(rows).toHaveLength(1);
    expect(filesUnder(join(dataDir, 'photos'))).toEqual([rows[0]!.storageKey.split('/')[1]]);
    expect(await diskPhotoStore(dataDir).get(rows[0]!.storageKey)).toEqual(tinyPng);
  });

  it('the sweep deletes files with no row older than an hour, and keeps recent ones and those with a row', async () => {
    const root = join(dataDir, 'photos');
    const [row] = await t.database.db.select().from(visitPhotos);
    const store = diskPhotoStore(dataDir);
    await store.put(`${visitId}/crashed-old.png`, tinyPng); // the row never committed, two hours ago
    await store.put(`${visitId}/in-flight.png`, tinyPng); // an upload still in its transaction
    writeFileSync(join(root, visitId, 'x.png.123.tmp'), tinyPng); // a crash mid-write
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    for (const f of ['crashed-old.png', 'x.png.123.tmp', row!.storageKey.split('/')[1]!]) utimesSync(join(root, visitId, f), twoHoursAgo, twoHoursAgo);
    const swept = await sweepOrphanPhotos(t.database.db, dataDir);
    expect(swept.checked).toBe(4);
    expect(swept.deleted.sort()).toEqual([`${visitId}/crashed-old.png`, `${visitId}/x.png.123.tmp`]);
    expect(filesUnder(root).sort()).toEqual([row!.storageKey.split('/')[1], 'in-flight.png'].sort());
    // An hour later the file of the upload that never committed goes too; the photo with a row stays.
    expect((await sweepOrphanPhotos(t.database.db, dataDir, new Date(Date.now() + 2 * 3600_000))).deleted).toEqual([`${visitId}/in-flight.png`]);
    expect(await store.get(row!.storageKey)).toEqual(tinyPng);
    expect(await sweepOrphanPhotos(t.database.db, join(dataDir, 'nowhere'))).toEqual({ checked: 0, deleted: [] });
  });
});
