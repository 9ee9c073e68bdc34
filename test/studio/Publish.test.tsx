// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePolicy } from '../../src/policy/parse';
import { generateKeyPair, verifySignature } from '../../src/sync/signature';
import { fileSlug } from '../../src/studio/export';
import { type JsonObject, jsonText, setAt } from '../../src/studio/json';
import { TextField } from '../../src/studio/ui/fields';
import { Publish } from '../../src/studio/ui/publish/Publish';
import { button, choose, click, renderStudio, settle, template, type } from './harness';

afterEach(() => vi.restoreAllMocks());

interface Downloaded {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * Catches the files the studio makes the browser download: each Blob handed to `URL.createObjectURL`, and the name
 * on the `<a download>` clicked for it (the click itself goes nowhere under test).
 */
function catchDownloads(): { readonly files: Downloaded[]; readonly revoked: string[] } {
  const files: Downloaded[] = [];
  const revoked: string[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:studio-test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) files.push({ name: this.download, blob });
  });
  return { files, revoked };
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const keyField = () => document.getElementById('publish-private-key') as HTMLInputElement;

/** Picks a file in the key field as the author does: the field holds it, then a `change` event. */
async function pickKey(text: string, name = 'candor-policy.key.pem'): Promise<HTMLInputElement> {
  const field = keyField();
  field.files = [new File([text], name, { type: 'application/x-pem-file' })] as unknown as FileList;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  // Reading the file and WebCrypto take turns of the event loop, more on a busy machine: wait for the outcome (the
  // status says something other than "Signing…"), however long it takes.
  await vi.waitFor(
    () => {
      const status = field.closest('section')!.querySelector('[role="status"] p')?.textContent ?? '';
      if (status === '' || status === 'Signing…' || status === 'Signature en cours…') throw new Error('still signing');
    },
    { timeout: 30_000, interval: 10 },
  );
  await settle();
  return field;
}

const statusText = () => keyField().closest('section')!.querySelector('[role="status"]')!.textContent ?? '';

/** The panel with the company's name field beside it, to change the draft under it. */
const renderWithCompanyName = () =>
  renderStudio(
    () => (
      <>
        <TextField path={['company', 'name']} label="Company name" />
        <Publish />
      </>
    ),
    template('general-company'),
  );

describe('publish: export', () => {
  it('downloads the exact text the studio holds, named after the company', async () => {
    const { files, revoked } = catchDownloads();
    const draft = template('general-company');
    const studio = renderStudio(Publish, draft);
    await click(button(studio.root, 'Download the policy file'));
    expect(files.map((f) => f.name)).toEqual(['examplesoft.policy.json']);
    expect(await bytesOf(files[0]!.blob)).toEqual(new TextEncoder().encode(jsonText(draft)));
    expect(files[0]!.blob.type).toBe('application/json');
    expect(studio.root.textContent).toContain('Downloaded examplesoft.policy.json.');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(revoked).toEqual(['blob:studio-test/0']);
  });

  it('names the file with a plain slug of any company name', () => {
    expect(fileSlug('Société Générale & Fils')).toBe('societe-generale-fils');
    expect(fileSlug('  ')).toBe('policy');
  });

  it('is disabled while the draft has problems, and says how many', async () => {
    const draft = setAt(setAt(template('general-company'), ['company', 'name'], ' '), ['version'], 'one') as JsonObject;
    const parsed = parsePolicy(draft);
    expect(parsed.ok).toBe(false);
    const studio = renderStudio(Publish, draft);
    const exportButton = button(studio.root, 'Download the policy file');
    expect(exportButton.disabled).toBe(true);
    const count = parsed.ok ? 0 : parsed.errors.length;
    expect(document.getElementById(exportButton.getAttribute('aria-describedby')!)!.textContent).toBe(
      `${count} problems to fix before exporting: the list above leads to each one.`,
    );
    expect(keyField().disabled).toBe(true);
  });

  it('warns, without blocking, when an example does not get the expected answer', async () => {
    const draft = setAt(template('general-company'), ['scenarios', 0, 'expect'], ['missing-disclaimer']) as JsonObject;
    const studio = renderStudio(Publish, draft);
    expect(studio.root.textContent).toContain('1 of the 24 examples does not get the answer you expect.');
    expect(studio.root.textContent).toContain('Done right');
    expect(button(studio.root, 'Download the policy file').disabled).toBe(false);
  });

  it('speaks French in a French studio', () => {
    const studio = renderStudio(Publish, template('french-employer'), { locale: 'fr' });
    expect(button(studio.root, 'Télécharger le fichier de politique').disabled).toBe(false);
    expect(studio.root.textContent).toContain('fictaval.policy.json');
  });
});

describe('publish: sign', () => {
  it('signs the exported bytes with the chosen key, forgets the key, and downloads the signature as the CLI writes it', async () => {
    const { files } = catchDownloads();
    const { publicKeyPem, privateKeyPem } = await generateKeyPair();
    const draft = template('general-company');
    const studio = renderStudio(Publish, draft);
    await click(button(studio.root, 'Download the policy file'));
    const field = await pickKey(privateKeyPem);
    expect(field.value).toBe('');
    expect(field.files).toHaveLength(0);
    expect(document.body.textContent).not.toContain('PRIVATE KEY');
    expect(statusText()).toContain('Signed with candor-policy.key.pem');
    await click(button(studio.root, 'Download the signature'));
    const [policyFile, signatureFile] = files;
    expect(signatureFile!.name).toBe('examplesoft.policy.json.sig');
    const signature = await signatureFile!.blob.text();
    expect(signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(await verifySignature(await bytesOf(policyFile!.blob), signature, publicKeyPem)).toBe(true);
  });

  it('says the signature is stale once the draft changes, and offers to sign again', async () => {
    catchDownloads();
    const { privateKeyPem } = await generateKeyPair();
    const studio = renderWithCompanyName();
    await pickKey(privateKeyPem);
    expect(statusText()).toContain('Signed with candor-policy.key.pem');
    await type(studio.field(['company', 'name']), 'Brightwave');
    expect(statusText()).toContain('The policy changed after you signed it');
    const pickerOpened = vi.spyOn(keyField(), 'click');
    button(studio.root, 'Sign again').click();
    expect(pickerOpened).toHaveBeenCalled();
    // Back to the text that was signed: the signature matches again.
    await type(studio.field(['company', 'name']), 'ExampleSoft');
    expect(statusText()).toContain('Signed with candor-policy.key.pem');
  });

  it.each([
    ['a file that is no key', 'hello', 'This file is not a private key.'],
    ['the public key', 'PUBLIC', 'This is the public key.'],
    ['an RSA key', '-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n', 'This private key is not of the right type'],
    ['a damaged key', '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n', 'This private key is not of the right type'],
  ])('explains what is wrong with %s, and clears the field', async (_, text, message) => {
    const { files } = catchDownloads();
    const key = text === 'PUBLIC' ? (await generateKeyPair()).publicKeyPem : text;
    renderStudio(Publish, template('general-company'));
    const field = await pickKey(key);
    expect(statusText()).toContain(message);
    expect(field.value).toBe('');
    expect(files).toHaveLength(0);
  });
});

describe('publish: the readable policy', () => {
  it('previews, prints and downloads the page in each of the policy’s languages', async () => {
    const { files } = catchDownloads();
    const studio = renderStudio(Publish, template('general-company'));
    await settle();
    const frame = studio.root.querySelector<HTMLIFrameElement>('iframe.printable-preview')!;
    expect(frame.title).toBe('Preview of the readable policy');
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(frame.srcdoc).toContain('<h2>What needs approval first</h2>');

    const language = document.getElementById('publish-printable-language') as HTMLSelectElement;
    expect([...language.options].map((o) => o.textContent)).toEqual(['English', 'French']);
    await choose(language, 'fr');
    await settle();
    expect(frame.srcdoc).toContain('<h2>Ce qui demande un accord préalable</h2>');

    await click(button(studio.root, 'Download HTML'));
    expect(files[0]!.name).toBe('examplesoft.policy.fr.html');
    expect(files[0]!.blob.type).toBe('text/html;charset=utf-8');
    expect(await files[0]!.blob.text()).toBe(frame.srcdoc);

    const print = vi.fn();
    Object.defineProperty(frame, 'contentWindow', { value: { print }, configurable: true });
    await click(button(studio.root, 'Print or save as PDF'));
    expect(print).toHaveBeenCalledOnce();
  });

  it('downloads policy texts that hold markup as text, never as elements', async () => {
    const { files } = catchDownloads();
    const attack = '<script>alert(1)</script>';
    const draft = setAt(template('general-company'), ['rules', 'disclosure', 'text', 'en'], `${attack} I work at {company}.`) as JsonObject;
    const studio = renderStudio(Publish, draft);
    await settle();
    await click(button(studio.root, 'Download HTML'));
    const page = new DOMParser().parseFromString(await files[0]!.blob.text(), 'text/html');
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect([...page.querySelectorAll('q')].map((q) => q.textContent)).toContain(`${attack} I work at ExampleSoft.`);
  });

  it('shows the last valid version while the draft has problems, and keeps it from being printed', async () => {
    const studio = renderWithCompanyName();
    await settle();
    await type(studio.field(['company', 'name']), ' ');
    await settle();
    expect(studio.root.textContent).toContain('this preview shows its last valid version');
    expect(studio.root.querySelector<HTMLIFrameElement>('iframe')!.srcdoc).toContain('ExampleSoft');
    expect(button(studio.root, 'Download HTML').disabled).toBe(true);
    expect(button(studio.root, 'Print or save as PDF').disabled).toBe(true);
  });
});
