/** The command line: parsing `npm run policy -- <command>` arguments, and the errors that end a command. */

/** A problem to report to the user, with the exit code it ends the command with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(`${message}\nRun "npm run policy -- --help" for usage.`, 2);

export interface Args {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly help: boolean;
}

/** `--name value` or `--name=value`; everything after `--` is positional. */
export function parseArgs(args: readonly string[], names: readonly string[]): Args {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (!names.includes(name)) throw usageError(`Unknown option --${name}.`);
    if (options.has(name)) throw usageError(`--${name} is given twice.`);
    const value = eq < 0 ? args[i + 1] : arg.slice(eq + 1);
    // "--role --text …" is a forgotten value, not a role named "--text"; a value starting with "--" needs "=".
    if (eq < 0 && (value === undefined || value.startsWith('--'))) {
      throw usageError(`--${name} needs a value (write --${name}=<value> if it starts with "--").`);
    }
    if (eq < 0) i++;
    options.set(name, value!);
  }
  return { positionals, options, help };
}

/** The single positional argument a command needs. */
export function onePositional(args: Args, what: string): string {
  const [first, ...extra] = args.positionals;
  if (first === undefined) throw usageError(`Missing ${what}.`);
  if (extra.length) throw usageError(`Unexpected argument "${extra[0]}".`);
  return first;
}

export function requiredOption(args: Args, name: string): string {
  const value = args.options.get(name);
  if (value === undefined) throw usageError(`Missing --${name}.`);
  return value;
}
