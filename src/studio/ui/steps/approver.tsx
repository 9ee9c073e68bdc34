/**
 * Who approves (a topic, a product rule, a role's change to a topic): a name and a contact, in steps 2 and 4.
 */
import type { Path } from '../../json';
import { fieldId, pathText } from '../../problems';
import { useStudio } from '../context';
import { PruneEmpty } from '../editing';
import { Problems, TextField, useProblems } from '../fields';
import { bilingual } from '../words';

const WORDS = bilingual(
  {
    approver: 'Who approves',
    approverName: 'Name',
    approverNameHelp: 'A team or a person, such as “Investor Relations”.',
    approverContact: 'How to reach them',
    approverContactHelp: 'A web address starting with https:// or an email address as mailto:ir@example.com.',
  },
  {
    approver: 'Qui donne l’accord',
    approverName: 'Nom',
    approverNameHelp: 'Une équipe ou une personne, par exemple «\u202FRelations investisseurs\u202F».',
    approverContact: 'Comment les joindre',
    approverContactHelp: 'Une adresse web commençant par https:// ou une adresse e-mail sous la forme mailto:ri@exemple.fr.',
  },
);

/**
 * Who approves: a name and a contact. Emptying both removes the approver (the format has no empty approver), and
 * the parser's problem with the approver as a whole (a topic that needs one has none) shows here.
 */
export function ApproverFields({ path, help, pruneWithin = path }: { path: Path; help: string; pruneWithin?: Path }) {
  const words = WORDS[useStudio().locale];
  const { errors, warnings } = useProblems(path);
  const here = pathText(path);
  const own = { errors: errors.filter((p) => p.path === here), warnings: warnings.filter((p) => p.path === here) };
  const id = fieldId(path);
  return (
    <fieldset id={id} tabIndex={-1} class={`approver${own.errors.length ? ' invalid' : ''}`} aria-describedby={`${id}-help${own.errors.length || own.warnings.length ? ` ${id}-problems` : ''}`}>
      <legend>{words.approver}</legend>
      <p class="help" id={`${id}-help`}>
        {help}
      </p>
      <Problems id={`${id}-problems`} errors={own.errors} warnings={own.warnings} />
      <PruneEmpty within={pruneWithin}>
        <TextField path={[...path, 'name']} label={words.approverName} help={words.approverNameHelp} optional />
        <TextField path={[...path, 'contact']} label={words.approverContact} help={words.approverContactHelp} placeholder="mailto:…" optional />
      </PruneEmpty>
    </fieldset>
  );
}
