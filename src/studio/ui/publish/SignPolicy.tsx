/**
 * Signing with the organisation's private key, in the page: the key file is read once, used for one signature over
 * the exact bytes exported, and forgotten (the file field is emptied, the text dropped). The signature belongs to
 * the text it signed: when the draft changes, it is stale, and the panel says so.
 */
import { useRef, useState } from 'preact/hooks';
import { policyBytes, signatureFileName } from '../../export';
import { jsonText } from '../../json';
import { type KeyProblem, MAX_KEY_FILE_BYTES, signWithKey } from '../../sign';
import { useStudio } from '../context';
import { bilingual } from '../words';
import { download } from './download';

const WORDS = bilingual(
  {
    title: 'Sign with your organisation’s private key',
    intro: 'Only if your organisation requires signed policies: Candor then accepts the policy file only with its signature, made with your organisation’s private key.',
    keyLabel: 'Private key file',
    keyHelp: 'Pick your organisation’s private key file, candor-policy.key.pem: your IT team made it with Candor’s command-line tool (“npm run policy -- keygen”). The key is read once, in this page, to sign, then forgotten: it is never saved and never sent anywhere.',
    publishHelp: (file: string) =>
      `Publish the signature next to the policy, at the same address plus “.sig” (${file}), and sign again after every change: any edit makes the signature invalid. The public key (candor-policy.pub.pem) goes into Candor’s managed configuration as “publicKey”: your IT department sets it.`,
    invalid: 'Fix the problems listed above first: a policy with problems cannot be signed.',
    signing: 'Signing…',
    signed: (keyFile: string) => `Signed with ${keyFile} (the file picker has let go of it). Download the signature and publish it next to the policy file.`,
    notExported: 'The signature matches the policy as it is now: download the policy file too (above).',
    exportedDiffers: 'The policy file you downloaded earlier is not the version you signed: download it again (above).',
    downloadSignature: 'Download the signature',
    stale: 'The policy changed after you signed it: that signature no longer matches. Sign again, and download the policy file again.',
    signAgain: 'Sign again',
    problems: {
      'not-pem': 'This file is not a private key. Pick candor-policy.key.pem, as “npm run policy -- keygen” writes it.',
      'public-key': 'This is the public key. Signing needs the private key: candor-policy.key.pem, not candor-policy.pub.pem.',
      'not-ed25519': 'This private key is not of the right type: Candor signs with Ed25519 keys without a password, as “npm run policy -- keygen” makes them.',
      unreadable: 'This file could not be read. Pick it again.',
    } satisfies Record<KeyProblem | 'unreadable', string>,
  },
  {
    title: 'Signer avec la clé privée de votre organisation',
    intro: 'Seulement si votre organisation exige des politiques signées\u202F: Candor n’accepte alors le fichier de politique qu’avec sa signature, faite avec la clé privée de votre organisation.',
    keyLabel: 'Fichier de la clé privée',
    keyHelp: 'Choisissez le fichier de la clé privée de votre organisation, candor-policy.key.pem\u202F: votre service informatique l’a créé avec l’outil en ligne de commande de Candor («\u202Fnpm run policy -- keygen\u202F»). La clé est lue une fois, dans cette page, pour signer, puis oubliée\u202F: elle n’est jamais enregistrée ni envoyée nulle part.',
    publishHelp: (file) =>
      `Publiez la signature à côté de la politique, à la même adresse suivie de «\u202F.sig\u202F» (${file}), et signez de nouveau après chaque modification\u202F: la moindre retouche rend la signature invalide. La clé publique (candor-policy.pub.pem) va dans la configuration gérée de Candor, sous «\u202FpublicKey\u202F»\u202F: votre service informatique s’en charge.`,
    invalid: 'Corrigez d’abord les problèmes listés ci-dessus\u202F: une politique qui a des problèmes ne peut pas être signée.',
    signing: 'Signature en cours…',
    signed: (keyFile) => `Signé avec ${keyFile} (le sélecteur de fichier l’a relâché). Téléchargez la signature et publiez-la à côté du fichier de politique.`,
    notExported: 'La signature correspond à la politique telle qu’elle est maintenant\u202F: téléchargez aussi le fichier de politique (ci-dessus).',
    exportedDiffers: 'Le fichier de politique téléchargé plus tôt n’est pas la version signée\u202F: téléchargez-le de nouveau (ci-dessus).',
    downloadSignature: 'Télécharger la signature',
    stale: 'La politique a changé depuis la signature\u202F: celle-ci ne correspond plus. Signez de nouveau, puis téléchargez de nouveau le fichier de politique.',
    signAgain: 'Signer de nouveau',
    problems: {
      'not-pem': 'Ce fichier n’est pas une clé privée. Choisissez candor-policy.key.pem, tel que l’écrit «\u202Fnpm run policy -- keygen\u202F».',
      'public-key': 'C’est la clé publique. Pour signer, il faut la clé privée\u202F: candor-policy.key.pem, et non candor-policy.pub.pem.',
      'not-ed25519': 'Cette clé privée n’est pas du bon type\u202F: Candor signe avec des clés Ed25519 sans mot de passe, telles que les crée «\u202Fnpm run policy -- keygen\u202F».',
      unreadable: 'Impossible de lire ce fichier. Choisissez-le de nouveau.',
    },
  },
);

type SignState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'signing' }
  | { readonly kind: 'failed'; readonly problem: KeyProblem | 'unreadable' }
  /** `text`: the policy text signed, to tell when the draft has moved on. */
  | { readonly kind: 'signed'; readonly text: string; readonly signature: string; readonly fileName: string; readonly keyFile: string };

const KEY_FIELD_ID = 'publish-private-key';

export function SignPolicy({ exported }: { exported: string | undefined }) {
  const { value, policy, locale } = useStudio();
  const words = WORDS[locale];
  const [state, setState] = useState<SignState>({ kind: 'idle' });
  const keyField = useRef<HTMLInputElement>(null);
  const current = jsonText(value);
  const stale = state.kind === 'signed' && state.text !== current;

  const signWithPickedKey = async (field: HTMLInputElement) => {
    const file = field.files?.[0];
    if (!file || !policy) return;
    const text = current;
    setState({ kind: 'signing' });
    try {
      const result =
        file.size > MAX_KEY_FILE_BYTES ? ({ ok: false, problem: 'not-pem' } as const) : await signWithKey(policyBytes(value), await file.text());
      setState(
        result.ok
          ? { kind: 'signed', text, signature: result.signature, fileName: signatureFileName(policy.company.name), keyFile: file.name }
          : { kind: 'failed', problem: result.problem },
      );
    } catch {
      setState({ kind: 'failed', problem: 'unreadable' });
    } finally {
      // The key is used once: the field lets go of the file, and its text was never kept beyond this call.
      field.value = '';
    }
  };

  return (
    <section aria-labelledby="publish-sign-title">
      <h3 id="publish-sign-title">{words.title}</h3>
      <p class="help">{words.intro}</p>
      <div class="studio-field">
        <label for={KEY_FIELD_ID}>{words.keyLabel}</label>
        <p class="help" id={`${KEY_FIELD_ID}-help`}>
          {words.keyHelp}
        </p>
        <input
          ref={keyField}
          id={KEY_FIELD_ID}
          type="file"
          accept=".pem,.key"
          disabled={!policy || state.kind === 'signing'}
          aria-describedby={`${KEY_FIELD_ID}-help`}
          onChange={(event) => void signWithPickedKey(event.currentTarget)}
        />
      </div>
      <div role="status" aria-live="polite">
        {!policy ? (
          <p class="problem-error">{words.invalid}</p>
        ) : state.kind === 'signing' ? (
          <p>{words.signing}</p>
        ) : state.kind === 'failed' ? (
          <p class="problem-error">{words.problems[state.problem]}</p>
        ) : state.kind === 'signed' && stale ? (
          <p class="problem-warning">
            {words.stale}{' '}
            <button type="button" class="small" onClick={() => keyField.current?.click()}>
              {words.signAgain}
            </button>
          </p>
        ) : state.kind === 'signed' ? (
          <>
            <p class="pass">{words.signed(state.keyFile)}</p>
            {exported !== state.text && (
              <p class={exported === undefined ? 'help' : 'problem-warning'}>{exported === undefined ? words.notExported : words.exportedDiffers}</p>
            )}
            <p>
              <button type="button" onClick={() => download(state.fileName, state.signature, 'text/plain')}>
                {words.downloadSignature}
              </button>{' '}
              <code>{state.fileName}</code>
            </p>
          </>
        ) : null}
      </div>
      <p class="help">{words.publishHelp(policy ? signatureFileName(policy.company.name) : 'policy.json.sig')}</p>
    </section>
  );
}
