// Dependency direction (DESIGN.md): domain, solver and contract import nothing of ours;
// server → domain, solver, contract; web → contract, domain; cli → server, solver.
// Each entry forbids the workspace packages (and relative escapes into them) a package may not use.
const all = ['domain', 'solver', 'contract', 'server', 'web', 'cli'];

/** Which of our packages each package may import. */
export const allowed = {
  domain: [],
  solver: [],
  contract: [],
  server: ['domain', 'solver', 'contract'],
  web: ['contract', 'domain'],
  cli: ['server', 'solver'],
};

function forbiddenFor(pkg) {
  const others = all.filter((p) => p !== pkg && !allowed[pkg].includes(p));
  return others.flatMap((p) => [`@qudao/${p}`, `@qudao/${p}/*`, `**/packages/${p}/**`, `../../${p}/*`, `../../../${p}/*`]);
}

export const dependencyRules = all.map((pkg) => ({
  files: [`packages/${pkg}/**/*.{ts,tsx,js,mjs}`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: forbiddenFor(pkg), message: `packages/${pkg} may import only: ${allowed[pkg].join(', ') || 'none of ours'} (DESIGN.md dependency direction)` }] },
    ],
  },
}));
