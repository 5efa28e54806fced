import type { Command } from 'commander';
import { loadConfig, openConfiguredDatabase, prepareDatabase, sweepOrphanPhotos } from '@qudao/server';
import { UserFacingError } from '../errors';

/** `qudao photos sweep`: delete photo files with no photo record, older than an hour (the server also does it at start). */
export function registerPhotosCommand(program: Command) {
  const photos = program.command('photos').description('maintain the photo store');
  photos
    .command('sweep')
    .description('delete photo files that no photo record names and that are older than an hour (disk store)')
    .action(async () => {
      const config = loadConfig();
      if (config.QUDAO_PHOTO_STORE !== 'disk') throw new UserFacingError('qudao photos sweep works on the disk store; with QUDAO_PHOTO_STORE=s3 use the bucket\'s lifecycle rules');
      const database = await openConfiguredDatabase(config);
      try {
        await prepareDatabase(database);
        const swept = await sweepOrphanPhotos(database.db, config.QUDAO_DATA_DIR);
        console.log(`Checked ${swept.checked} photo file(s); removed ${swept.deleted.length} with no photo record.`);
        for (const key of swept.deleted) console.log(`  ${key}`);
      } finally {
        await database.close();
      }
    });
}
