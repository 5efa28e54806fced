import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit tests of the web app's pure parts (URL state, chart months, audit formatting, API client helpers).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { name: 'web', include: ['src/**/*.test.ts'], environment: 'node' },
});
