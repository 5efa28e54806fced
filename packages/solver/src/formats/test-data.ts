// Location of ../shared/bench for tests (same rule as the benchmark runner).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** QUDAO_BENCH_DIR or ../shared/bench beside the repository. */
export function benchDataDir(): string {
  return process.env.QUDAO_BENCH_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/bench');
}
