/**
 * Signing in the page with the organisation's private key, as `npm run policy -- sign` does: the same Ed25519
 * signature over the same bytes. The key text is only read here, never kept; what went wrong is said in words an
 * author can act on (they picked the public key, or a key of another kind).
 */
import { sign } from '../sync/signature';

export type KeyProblem = 'not-pem' | 'public-key' | 'not-ed25519';
export type SignResult = { readonly ok: true; readonly signature: string } | { readonly ok: false; readonly problem: KeyProblem };

/** A PEM key is a few hundred bytes: anything much larger is another file, not worth reading. */
export const MAX_KEY_FILE_BYTES = 64 * 1024;

const PKCS8_BLOCK = '-----BEGIN PRIVATE KEY-----';
/** RSA, EC, OpenSSH or password-protected private keys: a private key, but not one Candor can use. */
const OTHER_PRIVATE_BLOCK = /-----BEGIN [A-Z0-9 ]+ PRIVATE KEY-----/;
const PUBLIC_BLOCK = '-----BEGIN PUBLIC KEY-----';

/** The base64 signature of `bytes`, as the CLI writes it to `<file>.sig`, or why this key cannot make one. */
export async function signWithKey(bytes: Uint8Array<ArrayBuffer>, keyText: string): Promise<SignResult> {
  if (!keyText.includes(PKCS8_BLOCK)) {
    if (OTHER_PRIVATE_BLOCK.test(keyText)) return { ok: false, problem: 'not-ed25519' };
    return { ok: false, problem: keyText.includes(PUBLIC_BLOCK) ? 'public-key' : 'not-pem' };
  }
  try {
    return { ok: true, signature: await sign(bytes, keyText) };
  } catch {
    // WebCrypto refuses a PKCS#8 key of another algorithm (or a damaged one) without saying which.
    return { ok: false, problem: 'not-ed25519' };
  }
}
