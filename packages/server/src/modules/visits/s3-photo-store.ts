import type { PhotoStore } from './photo-store';
import { amzDateOf, encodeRfc3986, sha256Hex, signV4 } from './s3-signature';

/** Where and as whom an S3-compatible bucket is reached. */
export interface S3Options {
  /** e.g. `https://s3.cn-north-1.amazonaws.com.cn`, `http://minio.local:9000`. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Prepended to every key (e.g. `qudao/photos/`). */
  prefix: string;
  /** `endpoint/bucket/key` (MinIO, Ceph) instead of `bucket.endpoint/key` (AWS virtual-hosted). */
  pathStyle: boolean;
  timeoutMs?: number;
  now?: () => Date;
}

/** An S3 answer that is neither success nor "no such key"; carries the status and S3's error code, never credentials. */
export class S3Error extends Error {
  constructor(readonly status: number, readonly s3Code: string | null, method: string, key: string) {
    super(`S3 ${method} ${key}: HTTP ${status}${s3Code ? ` ${s3Code}` : ''}`);
  }
}

/** Photos as objects in an S3-compatible bucket, over fetch with Signature V4 (PUT, GET, DELETE). */
export function s3PhotoStore(o: S3Options): PhotoStore {
  const base = new URL(o.endpoint);
  const basePath = base.pathname.replace(/\/+$/, '');
  const now = o.now ?? (() => new Date());

  const urlOf = (key: string) => {
    const segments = `${o.prefix}${key}`.split('/').filter((s) => s !== '');
    if (segments.length === 0 || segments.some((s) => s === '.' || s === '..')) throw new Error(`invalid photo key: ${key}`);
    const path = segments.map(encodeRfc3986).join('/');
    return o.pathStyle
      ? new URL(`${base.protocol}//${base.host}${basePath}/${encodeRfc3986(o.bucket)}/${path}`)
      : new URL(`${base.protocol}//${o.bucket}.${base.host}${basePath}/${path}`);
  };

  async function send(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer): Promise<Response> {
    const url = urlOf(key);
    const amzDate = amzDateOf(now());
    const headers: Record<string, string> = { host: url.host, 'x-amz-date': amzDate, 'x-amz-content-sha256': sha256Hex(body ?? '') };
    if (body) headers['content-type'] = 'application/octet-stream';
    const { authorization } = signV4({ method, url, headers, payloadSha256: headers['x-amz-content-sha256']!, accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey, region: o.region, service: 's3', amzDate });
    // fetch sets Host from the URL itself (and refuses it as a header); the signed value is the same.
    const { host: _host, ...sent } = headers;
    return fetch(url, { method, headers: { ...sent, authorization }, body: body ? new Uint8Array(body) : undefined, signal: AbortSignal.timeout(o.timeoutMs ?? 30_000) });
  }

  const failure = async (res: Response, method: string, key: string) => {
    const text = await res.text().catch(() => '');
    return new S3Error(res.status, /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? null, method, key);
  };

  return {
    async put(key, bytes) {
      const res = await send('PUT', key, bytes);
      if (!res.ok) throw await failure(res, 'PUT', key);
      await res.arrayBuffer();
    },
    async get(key) {
      const res = await send('GET', key);
      if (res.status === 404) {
        await res.arrayBuffer();
        return undefined;
      }
      if (!res.ok) throw await failure(res, 'GET', key);
      return Buffer.from(await res.arrayBuffer());
    },
    async delete(key) {
      const res = await send('DELETE', key);
      if (!res.ok && res.status !== 404) throw await failure(res, 'DELETE', key);
      await res.arrayBuffer();
    },
  };
}
