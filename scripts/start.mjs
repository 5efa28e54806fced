#!/usr/bin/env node
// `npm start`: build the web app when packages/web/dist is missing or older than its sources, then run
// `qudao serve` in this process (so Ctrl-C reaches the server directly and the database closes cleanly).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'packages/web/dist/index.html');
// The web app bundles its own sources and the contract and domain packages it imports.
const sources = ['packages/web/src', 'packages/web/index.html', 'packages/web/vite.config.ts', 'packages/web/package.json', 'packages/web/public', 'packages/contract/src', 'packages/domain/src'];

function newestMtimeMs(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  }
  return newest;
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map((s) => newestMtimeMs(join(root, s))));
if (builtAt < sourcesAt) {
  console.log(builtAt === 0 ? 'Building the web app…' : 'Web app sources changed: rebuilding…');
  const build = spawnSync('npm', ['run', 'build', '-w', '@qudao/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The web app failed to build; see the output above.');
    process.exit(build.status ?? 1);
  }
}

process.argv = [process.argv[0], join(root, 'packages/cli/bin/qudao.mjs'), 'serve', ...process.argv.slice(2)];
await import('../packages/cli/bin/qudao.mjs');
