/**
 * Signed policies: a detached Ed25519 signature (base64) over the exact bytes of the policy file, checked with
 * WebCrypto against the organisation's public key (PEM, SubjectPublicKeyInfo). The same code signs and verifies in
 * the policy CLI, so what an administrator signs is what the extension accepts.
 */

const ED25519 = { name: 'Ed25519' } as const;

function pemBody(pem: string, label: string): Uint8Array<ArrayBuffer> {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]+?)-----END ${label}-----`).exec(pem);
  if (!match) throw new Error(`Expected a PEM "${label}" block.`);
  return fromBase64(match[1]!.replace(/\s+/g, ''));
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function toPem(label: string, der: ArrayBuffer): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** True when `signatureBase64` is a valid signature of `bytes` by the key in `publicKeyPem`. */
export async function verifySignature(bytes: Uint8Array<ArrayBuffer>, signatureBase64: string, publicKeyPem: string): Promise<boolean> {
  const key = await crypto.subtle.importKey('spki', pemBody(publicKeyPem, 'PUBLIC KEY'), ED25519, false, ['verify']);
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = fromBase64(signatureBase64);
  } catch {
    return false; // not base64: not a signature
  }
  return crypto.subtle.verify(ED25519, key, signature, bytes);
}

export async function sign(bytes: Uint8Array<ArrayBuffer>, privateKeyPem: string): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', pemBody(privateKeyPem, 'PRIVATE KEY'), ED25519, false, ['sign']);
  return toBase64(await crypto.subtle.sign(ED25519, key, bytes));
}

export async function generateKeyPair(): Promise<{ publicKeyPem: string; privateKeyPem: string }> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    publicKeyPem: toPem('PUBLIC KEY', await crypto.subtle.exportKey('spki', pair.publicKey)),
    privateKeyPem: toPem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
  };
}
