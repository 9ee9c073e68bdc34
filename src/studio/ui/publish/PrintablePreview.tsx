/**
 * The readable policy for the intranet, in each of the policy's languages. The preview is the very page that is
 * downloaded, shown in a frame of its own: the studio's style cannot touch it, and printing the frame prints that
 * page alone (nothing of the studio around it), which is also how it becomes a PDF. The frame runs no script.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompiledPolicy } from '../../../engine/compile';
import { printableFileName } from '../../export';
import { useStudio } from '../context';
import { LanguageSelect, usePolicyLanguage } from '../fields';
import { bilingual } from '../words';
import { download } from './download';
import { printableHtml } from './printable-html';

const WORDS = bilingual(
  {
    title: 'The policy for your intranet',
    help: 'A readable version of this policy for employees, made from the same data: principles, what needs approval and from whom, what changes with each role, the texts to add, and your examples. Print it, save it as a PDF, or put the web page on your intranet.',
    language: 'Language of the document',
    print: 'Print or save as PDF',
    printHelp: 'To get a PDF, choose “Save as PDF” as the printer.',
    downloadHtml: 'Download HTML',
    frame: 'Preview of the readable policy',
    lastValid: 'The draft has problems: this preview shows its last valid version. Fix them to print or download it.',
    nothing: 'The readable version appears here once the policy has no problems.',
  },
  {
    title: 'La politique pour votre intranet',
    help: 'Une version lisible de cette politique pour les salariés, faite à partir des mêmes données\u202F: principes, ce qui demande un accord et de qui, ce qui change selon le rôle, les textes à ajouter, et vos exemples. Imprimez-la, enregistrez-la en PDF, ou mettez la page web sur votre intranet.',
    language: 'Langue du document',
    print: 'Imprimer ou enregistrer en PDF',
    printHelp: 'Pour obtenir un PDF, choisissez «\u202FEnregistrer au format PDF\u202F» comme imprimante.',
    downloadHtml: 'Télécharger le HTML',
    frame: 'Aperçu de la politique lisible',
    lastValid: 'Le brouillon a des problèmes\u202F: cet aperçu montre sa dernière version valide. Corrigez-les pour l’imprimer ou la télécharger.',
    nothing: 'La version lisible apparaît ici dès que la politique n’a plus de problème.',
  },
);

export interface PrintablePreviewProps {
  /** The draft compiled, or its last valid version while it has problems. */
  readonly compiled: CompiledPolicy | undefined;
  /** True when `compiled` is the draft as it is now. */
  readonly current: boolean;
}

export function PrintablePreview({ compiled, current }: PrintablePreviewProps) {
  const { languages, locale, now } = useStudio();
  const words = WORDS[locale];
  const [language, choose] = usePolicyLanguage();
  const frame = useRef<HTMLIFrameElement>(null);
  const [html, setHtml] = useState<string | undefined>(undefined);
  // Made after rendering, never during it: the page is itself a Preact render, which must not nest in this one.
  useEffect(() => setHtml(compiled ? printableHtml(compiled, language, now()) : undefined), [compiled, language]);

  return (
    <section aria-labelledby="publish-printable-title">
      <h3 id="publish-printable-title">{words.title}</h3>
      <p class="help">{words.help}</p>
      {!compiled || html === undefined ? (
        <p class="help">{words.nothing}</p>
      ) : (
        <>
          {!current && (
            <p class="problem-warning" role="status">
              {words.lastValid}
            </p>
          )}
          <div class="publish-actions">
            {languages.length > 1 && (
              <LanguageSelect id="publish-printable-language" label={words.language} value={language} onChange={choose} />
            )}
            <button type="button" disabled={!current} aria-describedby="publish-print-help" onClick={() => frame.current?.contentWindow?.print()}>
              {words.print}
            </button>
            <button
              type="button"
              class="secondary"
              disabled={!current}
              onClick={() => download(printableFileName(compiled.policy.company.name, language), html, 'text/html;charset=utf-8')}
            >
              {words.downloadHtml}
            </button>
          </div>
          <p class="help" id="publish-print-help">
            {words.printHelp}
          </p>
          {/* Same-origin so the print button can reach it; no scripts; "modals" lets it open the print dialog. */}
          <iframe ref={frame} class="printable-preview" title={words.frame} srcdoc={html} sandbox="allow-same-origin allow-modals" />
        </>
      )}
    </section>
  );
}
