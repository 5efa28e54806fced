import { defineConfig } from 'drizzle-kit';

// Migrations are generated from src/db/schema.ts and schema-<feature>.ts (npm run db:generate -- --name <what>) and committed; the server applies them at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/db/schema.ts', './src/db/schema-*.ts'],
  out: './drizzle',
});
