import { deflateSync } from 'node:zlib';

// A small generated picture of a signed, stamped statement for the demo reconciliations: paper,
// ruled lines of "text" and a red round stamp. A real PNG, so the photo pages show a true image.

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A 160×120 RGB PNG of a statement with a stamp; `variant` shifts the lines so photos differ. */
export function statementPng(variant: number): Buffer {
  const w = 160;
  const h = 120;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      let rgb = [250, 248, 240];
      const line = y > 12 && y < 100 && y % 9 === 0 && x > 14 && x < 146 - ((y + variant) % 5) * 12;
      if (line) rgb = [90, 90, 100];
      const d = Math.hypot(x - 118, y - 92);
      if (d > 15 && d < 19) rgb = [205, 30, 40];
      if (d < 15 && Math.abs(x - 118) < 8 && Math.abs(y - 92) < 2) rgb = [205, 30, 40];
      raw.set(rgb, y * (w * 3 + 1) + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
