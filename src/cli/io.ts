/**
 * The CLI's input and output: its output lines, reading a policy from a local file or http(s) URL, writing files.
 * A URL is fetched by the extension's own code (`sync/fetch`), limits included: "valid" here means the extension
 * would take it (HTTPS, no redirect, a JSON content type, at most 1 MiB once decompressed).
 */
import { type WriteFileOptions, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fetchBytes, MAX_POLICY_BYTES, SyncError } from '../sync/fetch';
import { CliError } from './args';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Relative paths are resolved against this directory. */
  readonly cwd: string;
}

const FETCH_TIMEOUT_MS = 30_000;

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** The exact bytes of a local file or an http(s) URL; failures become one plain sentence. */
export async function readSource(source: string, cwd: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!isUrl(source)) {
    const bytes = await readLocal(source, cwd);
    if (bytes.byteLength > MAX_POLICY_BYTES) {
      throw new CliError(`${source} is larger than ${MAX_POLICY_BYTES / 1024} KiB: the extension would refuse it.`);
    }
    return bytes;
  }
  try {
    const fetched = await fetchBytes(source, { timeoutMs: FETCH_TIMEOUT_MS });
    if (fetched.kind === 'not-modified') throw new SyncError('http-status', 'the server answered 304 Not Modified to a first request.');
    return fetched.bytes;
  } catch (error) {
    if (!(error instanceof SyncError)) throw error;
    throw new CliError(`Cannot fetch ${source}: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`);
  }
}

export async function readLocal(file: string, cwd: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return new Uint8Array(await readFile(resolve(cwd, file)));
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${describeFsError(error)}.`);
  }
}

export function writeOrExplain(path: string, data: string, options?: WriteFileOptions): void {
  try {
    writeFileSync(path, data, options);
  } catch (error) {
    throw new CliError(`Cannot write ${path}: ${describeFsError(error)}.`);
  }
}

export function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EEXIST': return 'it already exists';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a directory, not a file';
    default: return error instanceof Error ? error.message : String(error);
  }
}
