/**
 * `npm run policy -- <command>`: the administrator's tool for a policy file. It uses the extension's own parser,
 * engine and signature code, so "valid here" means "accepted by the extension" and `check` shows what employees see.
 */
import { existsSync, mkdirSync, type WriteFileOptions, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, compile, type Finding } from '../engine/index';
import { runScenario } from '../engine/scenarios';
import { type ParseResult, parsePolicyJson, type PolicyProblem } from '../policy/parse';
import type { Policy } from '../policy/types';
import { generateKeyPair, sign } from '../sync/signature';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Relative paths are resolved against this directory. */
  readonly cwd: string;
}

export const PRIVATE_KEY_FILE = 'candor-policy.key.pem';
export const PUBLIC_KEY_FILE = 'candor-policy.pub.pem';

const USAGE = `Usage: npm run policy -- <command> [options]

Commands:
  validate <file-or-url>                  Check a policy as the extension would; lists every error and warning.
  check <file-or-url> --text "<draft>"    Show what the extension would tell an employee about a draft.
        [--role <id>] [--locale <tag>]    (no --role: the base policy; --locale: en, fr… default: the policy's)
  test <file-or-url>                      Run the policy's scenarios through the engine, like a rule tester.
  sign <file> --key <private-key.pem>     Sign the file's exact bytes; writes <file>.sig next to it.
  keygen [--out <dir>]                    Create a signing key pair (${PRIVATE_KEY_FILE}, ${PUBLIC_KEY_FILE}).

Exit codes: 0 success, 1 the policy or an input has a problem, 2 the command line is wrong.`;

/** Same shape as the schema's language tags, so `--locale` accepts what a policy may contain. */
const LOCALE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const FETCH_TIMEOUT_MS = 30_000;

/** A problem to report to the user, with the exit code it ends the command with. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

const usageError = (message: string) => new CliError(`${message}\nRun "npm run policy -- --help" for usage.`, 2);

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

interface Args {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string>;
  readonly help: boolean;
}

interface Command {
  /** The `--name value` options it takes (all take a value). */
  readonly options: readonly string[];
  readonly handler: (args: Args, io: CliIo) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  validate: { options: [], handler: validateCommand },
  check: { options: ['role', 'text', 'locale'], handler: checkCommand },
  test: { options: [], handler: testCommand },
  sign: { options: ['key'], handler: signCommand },
  keygen: { options: ['out'], handler: keygenCommand },
};

/** `--name value` or `--name=value`; everything after `--` is positional. */
function parseArgs(args: readonly string[], names: readonly string[]): Args {
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
function onePositional(args: Args, what: string): string {
  const [first, ...extra] = args.positionals;
  if (first === undefined) throw usageError(`Missing ${what}.`);
  if (extra.length) throw usageError(`Unexpected argument "${extra[0]}".`);
  return first;
}

function requiredOption(args: Args, name: string): string {
  const value = args.options.get(name);
  if (value === undefined) throw usageError(`Missing --${name}.`);
  return value;
}

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** The exact bytes of a local file or an http(s) URL; failures become one plain sentence. */
async function readSource(source: string, cwd: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!isUrl(source)) return readLocal(source, cwd);
  let response: Response;
  try {
    response = await fetch(source, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${FETCH_TIMEOUT_MS / 1000} seconds`
        : describeFetchFailure(error);
    throw new CliError(`Cannot fetch ${source}: ${reason}.`);
  }
  if (!response.ok) {
    throw new CliError(`Cannot fetch ${source}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** Node's fetch says only "fetch failed"; the reason (refused, unknown host…) is in `cause`. */
function describeFetchFailure(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}

async function readLocal(file: string, cwd: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return new Uint8Array(await readFile(resolve(cwd, file)));
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${describeFsError(error)}.`);
  }
}

function writeOrExplain(path: string, data: string, options?: WriteFileOptions): void {
  try {
    writeFileSync(path, data, options);
  } catch (error) {
    throw new CliError(`Cannot write ${path}: ${describeFsError(error)}.`);
  }
}

function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EEXIST': return 'it already exists';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a directory, not a file';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** Decodes like `Response.text()` does in the extension (UTF-8, byte-order mark dropped), then parses. */
const parseBytes = (bytes: Uint8Array): ParseResult => parsePolicyJson(new TextDecoder().decode(bytes));

const problemLine = (level: 'error' | 'warning', p: PolicyProblem) => `${level}  ${p.path}  ${p.message}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Prints the parse errors and returns the policy, or throws when it has errors (so a command stops there). */
function requireValid(result: ParseResult, source: string, io: CliIo): Policy {
  for (const w of result.warnings) io.err(problemLine('warning', w));
  if (result.ok) return result.policy;
  for (const e of result.errors) io.err(problemLine('error', e));
  throw new CliError(`${source}: ${plural(result.errors.length, 'error')}; fix them first.`);
}

async function validateCommand(args: Args, io: CliIo): Promise<number> {
  const source = onePositional(args, 'the policy file or URL');
  const result = parseBytes(await readSource(source, io.cwd));
  if (!result.ok) for (const e of result.errors) io.out(problemLine('error', e));
  for (const w of result.warnings) io.out(problemLine('warning', w));
  if (!result.ok) {
    io.out(`${source}: ${plural(result.errors.length, 'error')}, ${plural(result.warnings.length, 'warning')}`);
    return 1;
  }
  const { policy } = result;
  const counts = [
    `version ${policy.version}`,
    plural(policy.roles.length, 'role'),
    plural(policy.topics.length, 'topic'),
    plural(policy.competitors.length, 'competitor'),
    plural(policy.products.length, 'product'),
  ];
  const warned = result.warnings.length ? `, ${plural(result.warnings.length, 'warning')}` : '';
  io.out(`${source}: valid (${counts.join(', ')})${warned}`);
  return 0;
}

async function checkCommand(args: Args, io: CliIo): Promise<number> {
  const source = onePositional(args, 'the policy file or URL');
  const draft = requiredOption(args, 'text');
  const roleId = args.options.get('role');
  const locale = args.options.get('locale');
  if (locale !== undefined && !LOCALE_TAG.test(locale)) throw usageError(`--locale "${locale}" is not a language tag such as "en" or "fr-CA".`);

  const policy = requireValid(parseBytes(await readSource(source, io.cwd)), source, io);
  if (roleId !== undefined && !policy.roles.some((r) => r.id === roleId)) {
    const known = policy.roles.map((r) => r.id);
    throw new CliError(`Unknown role "${roleId}". ${known.length ? `Known roles: ${known.join(', ')}.` : 'This policy defines no roles.'}`);
  }
  const findings = analyze(draft, compile(policy), roleId ?? null, locale === undefined ? {} : { locale });

  const who = roleId === undefined ? 'the base policy (no role)' : `role "${roleId}"`;
  io.out(`${plural(findings.length, 'finding')} for ${who}, language ${locale ?? policy.defaultLocale}${findings.length ? ':' : '.'}`);
  for (const finding of findings) {
    io.out('');
    for (const line of describeFinding(finding)) io.out(line);
  }
  return 0;
}

/** Every scenario, for each of its roles: a check mark, or a readable diff of expected (-) and found (+) advice. */
async function testCommand(args: Args, io: CliIo): Promise<number> {
  const source = onePositional(args, 'the policy file or URL');
  const policy = requireValid(parseBytes(await readSource(source, io.cwd)), source, io);
  const compiled = compile(policy);
  const runs = policy.scenarios.flatMap((scenario) => runScenario(compiled, scenario));
  for (const run of runs) {
    const name = `${run.scenario.id}${run.role ? ` (role ${run.role})` : ''}`;
    if (run.pass) {
      io.out(`  ✓ ${name}`);
      continue;
    }
    io.out(`  ✗ ${name}`);
    io.out(`      draft: ${JSON.stringify(run.scenario.draft)}`);
    for (const key of run.expected) io.out(`      ${run.missing.includes(key) ? '-' : ' '} ${key}`);
    for (const key of run.unexpected) io.out(`      + ${key}`);
  }
  const failed = runs.filter((run) => !run.pass).length;
  if (runs.length === 0) io.out(`${source}: no scenarios to run (add some under "scenarios").`);
  else io.out(`${source}: ${runs.length - failed} passed, ${failed} failed${failed ? ' (- expected but not found, + found but not expected)' : ''}`);
  return failed ? 1 : 0;
}

function describeFinding(f: Finding): string[] {
  const lines = [`[${f.severity}] ${f.kind}${f.subject ? `: ${f.subject.name}` : ''}`, `  ${f.explanation}`];
  if (f.spans.length) lines.push(`  matched: ${f.spans.map((s) => `${JSON.stringify(s.text)} at ${s.start}-${s.end}`).join(', ')}`);
  if (f.fix?.type === 'insert') lines.push(`  fix: insert at ${f.fix.placement}: ${JSON.stringify(f.fix.text)}`);
  if (f.fix?.type === 'ask-approval') lines.push(`  fix: ask: ${f.fix.approver.name} <${f.fix.approver.contact}>`);
  return lines;
}

async function signCommand(args: Args, io: CliIo): Promise<number> {
  const file = onePositional(args, 'the policy file');
  const keyFile = requiredOption(args, 'key');
  if (isUrl(file)) throw usageError('sign needs a local file: download the policy, sign it, then publish both files.');
  const bytes = await readLocal(file, io.cwd);
  // A signed policy the extension would reject anyway is a mistake worth stopping before it is published.
  requireValid(parseBytes(bytes), file, io);
  const keyPem = new TextDecoder().decode(await readLocal(keyFile, io.cwd));
  let signature: string;
  try {
    signature = await sign(bytes, keyPem);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${keyFile} is not an Ed25519 private key in PEM (as "keygen" writes): ${reason}`);
  }
  const sigPath = `${resolve(io.cwd, file)}.sig`;
  writeOrExplain(sigPath, signature);
  io.out(`Signed ${file}: wrote ${sigPath}`);
  io.out('Publish it next to the policy, and sign again after every change: any edit invalidates the signature.');
  return 0;
}

async function keygenCommand(args: Args, io: CliIo): Promise<number> {
  if (args.positionals.length) throw usageError(`Unexpected argument "${args.positionals[0]}".`);
  const dir = resolve(io.cwd, args.options.get('out') ?? '.');
  const privatePath = join(dir, PRIVATE_KEY_FILE);
  const publicPath = join(dir, PUBLIC_KEY_FILE);
  // Check both before writing either, so a refusal never leaves a half-written pair behind.
  for (const path of [privatePath, publicPath]) {
    if (existsSync(path)) throw new CliError(`Refusing to overwrite ${path}: move it away or choose another --out directory.`);
  }
  const { publicKeyPem, privateKeyPem } = await generateKeyPair();
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`Cannot create ${dir}: ${describeFsError(error)}.`);
  }
  // "wx" fails if the file appeared meanwhile; 0600 keeps the private key from other users on this machine.
  writeOrExplain(privatePath, privateKeyPem, { flag: 'wx', mode: 0o600 });
  writeOrExplain(publicPath, publicKeyPem, { flag: 'wx' });
  io.out(`Wrote ${privatePath} (private key, readable only by you)`);
  io.out(`Wrote ${publicPath} (public key)`);
  io.out('');
  for (const line of publicKeyPem.trimEnd().split('\n')) io.out(line);
  io.out('');
  io.out('Put this public key in the extension\'s managed configuration as "publicKey".');
  io.out('Keep the private key secret: anyone who has it can sign policies that Candor will trust.');
  io.out(`Sign a policy with: npm run policy -- sign <policy.json> --key ${privatePath}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runPolicyCli(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    cwd: process.cwd(),
  });
}
