import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sha256Hex, signV4 } from '../src/modules/visits/s3-signature';

/** A small S3-compatible server on localhost for tests: path-style PUT/GET/DELETE with Signature V4 checked. */
export interface FakeS3 {
  endpoint: string;
  /** Stored objects by `bucket/key` (the key as S3 sees it, decoded). */
  objects: Map<string, Buffer>;
  /** Requests seen: method and decoded path. */
  requests: { method: string; path: string; status: number }[];
  /** Makes the next `n` requests of `method` answer 500 (an outage). */
  failNext(method: string, n?: number): void;
  close(): Promise<void>;
}

const xmlError = (code: string) => `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;

/** Starts the fake on a free port; it accepts only the given key pair and region. */
export async function startFakeS3(creds: { accessKeyId: string; secretAccessKey: string; region: string }): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  const requests: FakeS3['requests'] = [];
  const failures = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const path = decodeURIComponent(url.pathname.slice(1));
      const answer = (status: number, payload?: Buffer | string) => {
        requests.push({ method, path, status });
        res.statusCode = status;
        if (typeof payload === 'string') res.setHeader('content-type', 'application/xml');
        res.end(payload);
      };
      const fail = failures.get(method) ?? 0;
      if (fail > 0) {
        failures.set(method, fail - 1);
        return answer(500, xmlError('InternalError'));
      }
      // Check the signature the way S3 does: recompute it over the headers the client says it signed.
      const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(req.headers.authorization ?? '');
      const amzDate = String(req.headers['x-amz-date'] ?? '');
      const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
      if (!auth || auth[1] !== creds.accessKeyId || auth[3] !== creds.region || auth[2] !== amzDate.slice(0, 8)) return answer(403, xmlError('InvalidAccessKeyId'));
      if (payloadHash !== sha256Hex(body)) return answer(400, xmlError('XAmzContentSHA256Mismatch'));
      const signed = Object.fromEntries(auth[4]!.split(';').map((h) => [h, String(req.headers[h] ?? '')]));
      const expected = signV4({ method, url, headers: signed, payloadSha256: payloadHash, ...creds, service: 's3', amzDate }).authorization;
      if (expected !== req.headers.authorization) return answer(403, xmlError('SignatureDoesNotMatch'));
      if (method === 'PUT') {
        objects.set(path, body);
        return answer(200);
      }
      if (method === 'GET') {
        const found = objects.get(path);
        return found ? answer(200, found) : answer(404, xmlError('NoSuchKey'));
      }
      if (method === 'DELETE') {
        objects.delete(path);
        return answer(204);
      }
      return answer(405, xmlError('MethodNotAllowed'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    failNext: (method, n = 1) => void failures.set(method, n),
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
