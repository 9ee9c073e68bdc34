/** The CLI's input and output: its output lines, reading a policy from a local file or http(s) URL, writing files. */
import { type WriteFileOptions, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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
