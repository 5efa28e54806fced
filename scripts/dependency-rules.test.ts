import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function lintAs(filePath: string, source: string) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(source, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('dependency direction (DESIGN.md)', () => {
  it('refuses the domain package importing the server', async () => {
    const errors = await lintAs('packages/domain/src/forbidden.ts', "import { buildApp } from '@qudao/server';\nexport const x = buildApp;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('packages/domain may import only');
  });

  it('refuses the solver reaching into the server by a relative path', async () => {
    const errors = await lintAs('packages/solver/src/forbidden.ts', "import { buildApp } from '../../server/src/app';\nexport const x = buildApp;\n");
    expect(errors).toHaveLength(1);
  });

  it('refuses the web app importing the server or the solver', async () => {
    const errors = await lintAs('packages/web/src/forbidden.ts', "import { a } from '@qudao/server';\nimport { b } from '@qudao/solver';\nexport const x = [a, b];\n");
    expect(errors).toHaveLength(2);
  });

  it('allows the server importing domain, solver and contract', async () => {
    const errors = await lintAs('packages/server/src/allowed.ts', "import { a } from '@qudao/domain';\nimport { b } from '@qudao/solver';\nimport { c } from '@qudao/contract';\nexport const x = [a, b, c];\n");
    expect(errors).toHaveLength(0);
  });
});
