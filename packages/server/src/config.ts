import { z } from 'zod';

// The one place that reads process.env (DESIGN.md "Config"); everything else receives a Config.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s ? s : undefined))
    .refine((s) => s === undefined || /^postgres(ql)?:\/\//.test(s), 'must start with postgres:// or postgresql://'),
  QUDAO_DATA_DIR: z.string().trim().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  QUDAO_DEMO_PASSWORD: z.string().min(1).default('qudao'),
  QUDAO_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(120),
  QUDAO_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
  QUDAO_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
  QUDAO_LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(300),
  QUDAO_TIMEZONE: z.string().default('Asia/Shanghai'),
  QUDAO_TILE_URL: z.string().url().optional(),
  QUDAO_SECURE_COOKIES: z.enum(['true', 'false']).default('false').transform((s) => s === 'true'),
  /** Check-ins within this distance of the account are verified (issue 5). */
  QUDAO_GEOFENCE_RADIUS_M: z.coerce.number().int().min(10).max(100_000).default(300),
  /** Largest visit photo accepted, in bytes. */
  QUDAO_PHOTO_MAX_BYTES: z.coerce.number().int().min(1000).max(11_000_000).default(8_000_000),
  /** OSRM-compatible routing service for planning travel times (issue 6); unset = great-circle formula. */
  QUDAO_OSRM_URL: z.string().url().optional(),
  /** Great-circle formula: road distance = straight line × this factor. */
  QUDAO_TRAVEL_ROAD_FACTOR: z.coerce.number().min(1).max(5).default(1.3),
  /** Great-circle formula: average travel speed, km/h. */
  QUDAO_TRAVEL_SPEED_KMH: z.coerce.number().min(5).max(150).default(45),
  /** Where visit photos are stored: `disk` (under QUDAO_DATA_DIR/photos) or an S3-compatible bucket (`s3`). */
  QUDAO_PHOTO_STORE: z.enum(['disk', 's3']).default('disk'),
  /** S3-compatible endpoint, e.g. https://s3.cn-north-1.amazonaws.com.cn or http://minio:9000. */
  QUDAO_S3_ENDPOINT: z.string().url().optional(),
  QUDAO_S3_BUCKET: z.string().trim().min(3).max(63).optional(),
  QUDAO_S3_REGION: z.string().trim().min(1).default('us-east-1'),
  QUDAO_S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  QUDAO_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Prepended to every photo key in the bucket. */
  QUDAO_S3_PREFIX: z.string().default('photos/'),
  /** Path-style addressing (endpoint/bucket/key; MinIO, Ceph); `false` = virtual-hosted (bucket.endpoint/key). */
  QUDAO_S3_PATH_STYLE: z.enum(['true', 'false']).default('true').transform((s) => s === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Parsed, validated configuration of the server. */
export type Config = z.infer<typeof envSchema>;

/** Parses an environment into a Config or throws one readable message listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema
    .superRefine((c, ctx) => {
      if (c.QUDAO_PHOTO_STORE !== 's3') return;
      for (const name of ['QUDAO_S3_ENDPOINT', 'QUDAO_S3_BUCKET', 'QUDAO_S3_ACCESS_KEY_ID', 'QUDAO_S3_SECRET_ACCESS_KEY'] as const) {
        if (!c[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'required when QUDAO_PHOTO_STORE=s3' });
      }
    })
    .safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
