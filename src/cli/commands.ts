/** The policy commands (validate, check, test, sign, keygen, hash-names), each run through the extension's own code. */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, compile, type Finding } from '../engine/index';
import { runScenario } from '../engine/scenarios';
import { type ParseResult, parsePolicyJson } from '../policy/parse';
import type { PolicyProblem } from '../policy/problems';
import { networks } from '../policy/constants';
import type { Network, Policy } from '../policy/types';
import { generateKeyPair, sign } from '../sync/signature';
import { type Args, CliError, onePositional, requiredOption, usageError } from './args';
import { hashProductNames } from './hash-names';
import { type CliIo, describeFsError, isUrl, readLocal, readSource, writeOrExplain } from './io';

export const PRIVATE_KEY_FILE = 'candor-policy.key.pem';
export const PUBLIC_KEY_FILE = 'candor-policy.pub.pem';

/** Same shape as the schema's language tags, so `--locale` accepts what a policy may contain. */
const LOCALE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

interface Command {
  /** The `--name value` options it takes (all take a value). */
  readonly options: readonly string[];
  readonly handler: (args: Args, io: CliIo) => Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  validate: { options: [], handler: validateCommand },
  check: { options: ['role', 'text', 'locale', 'network', 'at'], handler: checkCommand },
  test: { options: [], handler: testCommand },
  sign: { options: ['key'], handler: signCommand },
  keygen: { options: ['out'], handler: keygenCommand },
  'hash-names': { options: ['out'], handler: hashNamesCommand },
};

/** Decodes like `Response.text()` does in the extension (UTF-8, byte-order mark dropped), then parses. */
/** As the extension reads a policy: UTF-8 or nothing. */
function parseBytes(bytes: Uint8Array): ParseResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [{ path: '$', message: 'The policy is not UTF-8 text: save it as UTF-8.' }], warnings: [] };
  }
  return parsePolicyJson(text);
}

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
  const network = args.options.get('network');
  if (network !== undefined && !isNetwork(network)) throw usageError(`--network "${network}" is not one of ${networks.join(', ')}.`);
  const at = args.options.get('at');
  const now = at === undefined ? undefined : Date.parse(at);
  // With its time zone, as in a policy: a moment is the same on every machine.
  if (at !== undefined && (Number.isNaN(now) || !/(?:Z|[+-]\d{2}:\d{2})$/i.test(at))) {
    throw usageError(`--at "${at}" is not a date and time with a time zone, such as "2027-01-30T09:00:00+01:00".`);
  }

  const policy = requireValid(parseBytes(await readSource(source, io.cwd)), source, io);
  if (roleId !== undefined && !policy.roles.some((r) => r.id === roleId)) {
    const known = policy.roles.map((r) => r.id);
    throw new CliError(`Unknown role "${roleId}". ${known.length ? `Known roles: ${known.join(', ')}.` : 'This policy defines no roles.'}`);
  }
  const findings = analyze(draft, compile(policy), roleId ?? null, {
    ...(locale !== undefined && { locale }),
    ...(network !== undefined && { network }),
    ...(now !== undefined && { now }),
  });

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

const isNetwork = (value: string): value is Network => (networks as readonly string[]).includes(value);

function describeFinding(f: Finding): string[] {
  const lines = [`[${f.severity}] ${f.kind}${f.subject ? `: ${f.subject.name}` : ''}`, `  ${f.explanation}`];
  if (f.spans.length) lines.push(`  matched: ${f.spans.map((s) => `${JSON.stringify(s.text)} at ${s.start}-${s.end}`).join(', ')}`);
  if (f.fix?.type === 'insert') {
    const { overLimit, shortened } = f.fix;
    const form = shortened ? 'short form' : '';
    const note = overLimit
      ? ` (${form && `${form}; `}the post would be ${overLimit.length}/${overLimit.limit} on X)`
      : form && ` (${form}, to stay within X's limit)`;
    lines.push(`  fix: insert at ${f.fix.placement}: ${JSON.stringify(f.fix.text)}${note}`);
  }
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

async function hashNamesCommand(args: Args, io: CliIo): Promise<number> {
  const file = onePositional(args, 'the policy file');
  const out = requiredOption(args, 'out');
  if (isUrl(file)) throw usageError('hash-names needs a local file: keep it as your working copy, and publish the file it writes.');
  if (resolve(io.cwd, out) === resolve(io.cwd, file)) throw usageError('--out must be another file: the clear-text policy stays your working copy.');
  const bytes = await readLocal(file, io.cwd);
  requireValid(parseBytes(bytes), file, io);
  let hashed;
  try {
    const salt = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');
    hashed = hashProductNames(JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>, salt);
  } catch (error) {
    throw new CliError(`${(error as Error).message} Leave that product's names in clear, or rename it.`);
  }
  const text = `${JSON.stringify(hashed.policy, null, 2)}\n`;
  const result = parseBytes(new TextEncoder().encode(text));
  const leaks = result.warnings.filter((w) => w.message.includes('in clear'));
  requireValid(result, out, io);
  writeOrExplain(resolve(io.cwd, out), text);
  io.out(`Hashed ${plural(hashed.names, 'name')} of ${plural(hashed.products, 'product')}: wrote ${out}`);
  if (leaks.length === 0) return 0;
  io.err(`${out} still names them in ${plural(leaks.length, 'place')} (warnings above): remove those before publishing it.`);
  return 1;
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
