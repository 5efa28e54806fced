import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importSpreadsheet, loadConfig, openConfiguredDatabase, prepareDatabase } from '@qudao/server';
import { UserFacingError } from '../errors';

const entities = ['accounts', 'contacts', 'sales', 'targets', 'installations'] as const;

/** `qudao import accounts|contacts|sales|targets|installations FILE [--dry-run] [--json]`: the import of the web wizard, from the command line. */
export function registerImportCommand(program: Command) {
  program
    .command('import')
    .description('import an XLSX or CSV file (all-or-nothing; re-importing the same file changes nothing)')
    .argument('<entity>', entities.join(' | '))
    .argument('<file>', '.xlsx or .csv (UTF-8); the template: GET /api/imports/<entity>/template')
    .option('--dry-run', 'check every row and report what would be stored, without storing', false)
    .option('--json', 'print JSON', false)
    .option('--lang <locale>', 'language of the row errors: zh-CN | en', 'zh-CN')
    .action(async (entity: string, file: string, opts: { dryRun: boolean; json: boolean; lang: string }) => {
      if (!(entities as readonly string[]).includes(entity)) throw new UserFacingError(`entity must be one of ${entities.join(', ')}`);
      let buffer: Buffer;
      try {
        if (!statSync(file).isFile()) throw new Error('not a file');
        buffer = readFileSync(file);
      } catch {
        throw new UserFacingError(`Cannot read ${file}`);
      }
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      try {
        await prepareDatabase(database);
        const r = await importSpreadsheet(database.db, {
          entity: entity as (typeof entities)[number], buffer, fileName: basename(file), dryRun: opts.dryRun, locale: opts.lang === 'en' ? 'en' : 'zh-CN',
          ctx: { userId: null, now: new Date(), source: 'import' },
        });
        if (!r.ok) {
          const errors = (r.details as { errors?: unknown[] } | undefined)?.errors;
          if (opts.json) console.log(JSON.stringify({ ok: false, code: r.code, params: r.params ?? {}, errors: errors ?? [] }, null, 2));
          else {
            console.error(`Import refused: ${r.code} ${JSON.stringify(r.params ?? {})}`);
            for (const e of (errors ?? []) as { row: number; column: string; reason: string }[]) console.error(`  row ${e.row}, ${e.column}: ${e.reason}`);
          }
          process.exitCode = 1;
          return;
        }
        const v = r.value;
        if (opts.json) {
          console.log(JSON.stringify(v, null, 2));
        } else {
          console.log(`${v.dryRun ? 'Dry run' : 'Imported'} ${entity} from ${basename(file)}: ${v.rowCount} rows, ${v.validCount} valid; ${v.dryRun ? 'would create' : 'created'} ${v.created}, updated ${v.updated}, unchanged ${v.unchanged} (${v.durationMs} ms)`);
          for (const e of v.errors) console.log(`  row ${e.row}, ${e.column}: ${e.reason}`);
        }
        if (v.errors.length > 0) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}
