/**
 * Export: the policy file exactly as the studio holds it, once it is valid. Examples that do not get the answer
 * their authors expect are worth a look first, but do not stop the export: the author decides.
 */
import { useMemo, useState } from 'preact/hooks';
import type { CompiledPolicy } from '../../../engine/compile';
import { runScenario } from '../../../engine/scenarios';
import { localize } from '../../../policy/localize';
import { jsonText } from '../../json';
import { policyBytes, policyFileName } from '../../export';
import { useStudio } from '../context';
import { bilingual } from '../words';
import { download } from './download';

const WORDS = bilingual(
  {
    title: 'Export the policy file',
    help: 'The file Candor reads. Publish it on your intranet at the address Candor is set to read (your IT department knows it), in place of the previous version.',
    fileName: 'File name:',
    download: 'Download the policy file',
    blocked: (n: number) => `${n} problem${n === 1 ? '' : 's'} to fix before exporting: the list above leads to each one.`,
    warnings: (n: number) => `${n} point${n === 1 ? '' : 's'} worth a look, listed above: they do not stop the export.`,
    failing: (n: number, total: number) =>
      `${n} of the ${total} examples do${n === 1 ? 'es' : ''} not get the answer you expect. Check ${n === 1 ? 'it' : 'them'} in “Try it” before you publish; you can still export.`,
    downloaded: (file: string) => `Downloaded ${file}.`,
  },
  {
    title: 'Exporter le fichier de politique',
    help: 'Le fichier que lit Candor. Publiez-le sur votre intranet à l’adresse que Candor consulte (votre service informatique la connaît), à la place de la version précédente.',
    fileName: 'Nom du fichier\u202F:',
    download: 'Télécharger le fichier de politique',
    blocked: (n) => `${n} problème${n === 1 ? '' : 's'} à corriger avant d’exporter\u202F: la liste ci-dessus mène à chacun.`,
    warnings: (n) => `${n} point${n === 1 ? '' : 's'} à vérifier, listé${n === 1 ? '' : 's'} ci-dessus\u202F: ${n === 1 ? 'il n’empêche' : 'ils n’empêchent'} pas l’export.`,
    failing: (n, total) =>
      `${n} des ${total} exemples n’obtien${n === 1 ? 't' : 'nent'} pas la réponse attendue. Vérifiez-les dans «\u202FEssayer\u202F» avant de publier\u202F; vous pouvez tout de même exporter.`,
    downloaded: (file) => `${file} téléchargé.`,
  },
);

export interface ExportPolicyProps {
  /** The draft compiled, when it is valid; nothing to export otherwise. */
  readonly compiled: CompiledPolicy | undefined;
  readonly onExported: (text: string) => void;
}

export function ExportPolicy({ compiled, onExported }: ExportPolicyProps) {
  const { value, errors, warnings, locale } = useStudio();
  const words = WORDS[locale];
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);
  const failing = useMemo(
    () => (compiled ? compiled.policy.scenarios.filter((scenario) => runScenario(compiled, scenario).some((run) => !run.pass)) : []),
    [compiled],
  );
  const fileName = compiled ? policyFileName(compiled.policy.company.name) : undefined;

  const exportFile = () => {
    if (!compiled || !fileName) return;
    download(fileName, policyBytes(value), 'application/json');
    setDownloaded(fileName);
    onExported(jsonText(value));
  };

  return (
    <section aria-labelledby="publish-export-title">
      <h3 id="publish-export-title">{words.title}</h3>
      <p class="help">{words.help}</p>
      {compiled && failing.length > 0 && (
        <div class="problem-warning">
          <p>{words.failing(failing.length, compiled.policy.scenarios.length)}</p>
          <ul>
            {failing.map((scenario) => (
              <li key={scenario.id}>{localize(scenario.label, locale, compiled.policy.defaultLocale)}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && <p class="problem-warning">{words.warnings(warnings.length)}</p>}
      {fileName && (
        <p class="help">
          {words.fileName} <code>{fileName}</code>
        </p>
      )}
      <p>
        <button type="button" disabled={!compiled} aria-describedby={compiled ? undefined : 'publish-export-blocked'} onClick={exportFile}>
          {words.download}
        </button>
      </p>
      <p role="status" id="publish-export-blocked" class={compiled ? 'help' : 'problem-error'}>
        {!compiled ? words.blocked(errors.length) : downloaded ? words.downloaded(downloaded) : ''}
      </p>
    </section>
  );
}
