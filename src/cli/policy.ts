/**
 * `npm run policy -- <command>`: the administrator's tool for a policy file. It uses the extension's own parser,
 * engine and signature code, so "valid here" means "accepted by the extension" and `check` shows what employees see.
 * This file is the entry point: it prints the usage and dispatches to a command.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError, parseArgs } from './args';
import { COMMANDS, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from './commands';
import type { CliIo } from './io';

const USAGE = `Usage: npm run policy -- <command> [options]

Commands:
  validate <file-or-url>                  Check a policy as the extension would; lists every error and warning.
  check <file-or-url> --text "<draft>"    Show what the extension would tell an employee about a draft.
        [--role <id>] [--locale <tag>]    (no --role: the base policy; --locale: en, fr… default: the policy's)
        [--network x|linkedin|facebook]   (what readers see before "see more", X's limit; default: the strictest)
        [--at <date-time>]                (for dated topics and products; default: now)
  test <file-or-url>                      Run the policy's scenarios through the engine, like a rule tester.
  sign <file> --key <private-key.pem>     Sign the file's exact bytes; writes <file>.sig next to it.
  keygen [--out <dir>]                    Create a signing key pair (${PRIVATE_KEY_FILE}, ${PUBLIC_KEY_FILE}).
  hash-names <file> --out <file>          Write a copy whose unreleased and confidential products are named only
                                          by salted hashes, so a leaked file does not reveal them.

Exit codes: 0 success, 1 the policy or an input has a problem, 2 the command line is wrong.`;

export async function runPolicyCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Unknown command "${command}".`);
    io.err(USAGE);
    return 2;
  }
  try {
    const args = parseArgs(rest, run.options);
    if (args.help) {
      io.out(USAGE);
      return 0;
    }
    return await run.handler(args, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(error.message);
    return error.exitCode;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // "… | head": the reader closed the pipe because it has what it wanted. Stop quietly, as other tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
  process.exitCode = await runPolicyCli(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    cwd: process.cwd(),
  });
}
