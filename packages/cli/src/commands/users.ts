import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { createUser, findUserByUsername, loadConfig, openConfiguredDatabase, prepareDatabase, userCreate } from '@qudao/server';
import { UserFacingError } from '../errors';

// Reads the password without echoing it on a terminal; from a pipe it reads one line (for scripts).
function promptPassword(question: string): Promise<string> {
  return new Promise((resolvePassword, reject) => {
    const tty = process.stdin.isTTY === true;
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
    if (tty) {
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.startsWith(question) || s === '\r\n' || s === '\n') write.call(rl, s);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (tty) process.stdout.write('\n');
      resolvePassword(answer);
    });
    rl.on('error', reject);
  });
}

interface AddOptions {
  username: string;
  name: string;
  role: string;
  manager?: string;
  password?: string;
}

const failures: Record<string, string> = {
  'CONFLICT.DUPLICATE': 'a user with this user name already exists',
  'USER.MANAGER_INVALID': "invalid manager: only a rep has a manager, and it must be a user with the role 'manager'",
};

/** `qudao users add`: create a user (HQ, manager or rep) from the command line. */
export function registerUsersCommand(program: Command) {
  const users = program.command('users').description('manage users');
  users
    .command('add')
    .description('add a user; asks for the password when --password is not given')
    .requiredOption('--username <username>', 'sign-in name (letters, digits, _ . -)')
    .requiredOption('--name <displayName>', 'display name, e.g. 张伟')
    .requiredOption('--role <role>', 'hq | manager | rep')
    .option('--manager <username>', "the rep's manager (user name of a manager)")
    .option('--password <password>', 'password (at least 6 characters); prefer the prompt, flags end up in shell history')
    .action(async (opts: AddOptions) => {
      const config = loadConfig();
      const password = opts.password ?? (await promptPassword('Password: '));
      const database = await openConfiguredDatabase(config);
      try {
        await prepareDatabase(database);
        // Checked first for a readable message; the unique index still guards against a race.
        if (await findUserByUsername(database.db, opts.username)) throw new UserFacingError(`Cannot add the user: ${failures['CONFLICT.DUPLICATE']}`);
        let managerId: string | null = null;
        if (opts.manager) {
          const manager = await findUserByUsername(database.db, opts.manager);
          if (!manager) throw new UserFacingError(`no user named ${opts.manager}`);
          managerId = manager.id;
        }
        const parsed = userCreate.safeParse({ username: opts.username, displayName: opts.name, role: opts.role, managerId, password });
        if (!parsed.success) {
          throw new UserFacingError(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'));
        }
        const result = await createUser(database.db, parsed.data, { userId: null, now: new Date(), source: 'manual' });
        if (!result.ok) throw new UserFacingError(`Cannot add the user: ${failures[result.code] ?? result.code}`);
        console.log(`Added ${result.value.role} ${result.value.username} (${result.value.displayName}).`);
      } finally {
        await database.close();
      }
    });
}
