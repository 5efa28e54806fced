import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Config } from '../../config';
import { s3PhotoStore } from './s3-photo-store';

/** Where photo bytes live: on disk by default, or an S3-compatible bucket (QUDAO_PHOTO_STORE=s3). */
export interface PhotoStore {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under `key`, or undefined when there is no such object. */
  get(key: string): Promise<Buffer | undefined>;
  /** Removes `key`; a key that is not there is no error. */
  delete(key: string): Promise<void>;
}

/** Photos as files under `<dataDir>/photos/<key>`, written via a temporary file so a crash leaves no half photo. */
export function diskPhotoStore(dataDir: string): PhotoStore {
  const root = resolve(dataDir, 'photos');
  const pathOf = (key: string) => {
    const p = resolve(root, key);
    if (!p.startsWith(`${root}/`)) throw new Error(`photo key escapes the store: ${key}`);
    return p;
  };
  return {
    async put(key, bytes) {
      const p = pathOf(key);
      await mkdir(dirname(p), { recursive: true });
      const tmp = `${p}.${process.pid}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, p);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
    },
    delete: (key) => rm(pathOf(key), { force: true }),
  };
}

/** The photo store the configuration names (README "Photo storage"). */
export function photoStoreOf(config: Config): PhotoStore {
  if (config.QUDAO_PHOTO_STORE === 'disk') return diskPhotoStore(config.QUDAO_DATA_DIR);
  const { QUDAO_S3_ENDPOINT: endpoint, QUDAO_S3_BUCKET: bucket, QUDAO_S3_ACCESS_KEY_ID: accessKeyId, QUDAO_S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  // The config parser refuses s3 without these; this guards a Config built by hand.
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) throw new Error('QUDAO_PHOTO_STORE=s3 needs QUDAO_S3_ENDPOINT, QUDAO_S3_BUCKET, QUDAO_S3_ACCESS_KEY_ID and QUDAO_S3_SECRET_ACCESS_KEY');
  return s3PhotoStore({
    endpoint, bucket, accessKeyId, secretAccessKey,
    region: config.QUDAO_S3_REGION, prefix: config.QUDAO_S3_PREFIX, pathStyle: config.QUDAO_S3_PATH_STYLE,
  });
}
