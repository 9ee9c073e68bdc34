/**
 * Step 5, "Personal opinion": the personal-opinion line Candor suggests (the disclaimer rule), and the corporate
 * accounts that speak for the company.
 */
import { getAt, type Json, type Path } from '../../json';
import { useStudio } from '../context';
import { CheckboxField, ListEditor, LocalizedField, SelectField, TermsField, TextField } from '../fields';
import { bilingual } from '../words';
import { SeverityField } from '../severity';
import { InsertedTextFields, TriggersField } from './inserted-text';

const WORDS = bilingual(
  {
    intro:
      'Employees speak for themselves; the company speaks through its own accounts. When a post mentions the company, Candor suggests a short line saying the views are the employee’s own. When someone posts from a company account, Candor reminds them that this account speaks for the company.',
    disclaimerTitle: 'The personal-opinion line',
    enabled: 'Suggest a personal-opinion line',
    explanation: 'Why, in one sentence',
    textHelp: 'One line in each language. “{company}” is replaced by the company’s name.',
    shortHelp: 'Offered on X when the line would take the post past 280 characters. Optional.',
    placementHelp: 'A personal-opinion line reads naturally at the end of a post.',
    triggers: 'When it is needed',
    triggersHelp: 'Candor asks for the line when a post mentions:',
    variants: 'Other wordings that already count',
    variantsHelp: 'When a post already says one of these, Candor asks for nothing. “{company}” stands for any of the company’s names.',
    accountsTitle: 'Corporate accounts',
    accountsIntro:
      'The accounts that speak for the company. When someone posts from one of them, Candor reminds them that official news goes there, and personal opinions on their own account.',
    accountRule: 'Remind people posting from a corporate account',
    accountRuleHelp: 'When this is off, Candor says nothing about corporate accounts.',
    accountExplanationHelp: 'Shown to the person posting from the corporate account.',
    account: (n: number) => `Account ${n}`,
    addAccount: 'Add a corporate account',
    network: 'Network',
    networks: { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' },
    handle: 'Handle',
    handleHelp: 'As the network shows it, such as “@acme”.',
    accountName: 'Name shown instead of a handle',
    accountNameHelp: 'Where the network shows a name rather than a handle, such as “Comment as Acme” on Facebook. Optional.',
  },
  {
    intro:
      'Les salariés parlent en leur nom, l’entreprise parle par ses propres comptes. Quand une publication mentionne l’entreprise, Candor propose une courte phrase précisant que ces opinions n’engagent que leur auteur. Quand quelqu’un publie depuis un compte de l’entreprise, Candor lui rappelle que ce compte parle au nom de l’entreprise.',
    disclaimerTitle: 'La mention d’opinion personnelle',
    enabled: 'Proposer une mention d’opinion personnelle',
    explanation: 'Pourquoi, en une phrase',
    textHelp: 'Une ligne par langue. «\u202F{company}\u202F» est remplacé par le nom de l’entreprise.',
    shortHelp: 'Proposée sur X quand la phrase ferait dépasser 280 caractères. Facultative.',
    placementHelp: 'Une mention d’opinion personnelle se lit naturellement à la fin d’une publication.',
    triggers: 'Quand elle est nécessaire',
    triggersHelp: 'Candor la demande quand une publication mentionne\u202F:',
    variants: 'Autres formulations qui comptent déjà',
    variantsHelp:
      'Quand une publication contient déjà l’une d’elles, Candor ne demande rien. «\u202F{company}\u202F» vaut pour chacun des noms de l’entreprise.',
    accountsTitle: 'Comptes de l’entreprise',
    accountsIntro:
      'Les comptes qui parlent au nom de l’entreprise. Quand quelqu’un publie depuis l’un d’eux, Candor lui rappelle que les annonces officielles y ont leur place, et les opinions personnelles sur son propre compte.',
    accountRule: 'Prévenir qui publie depuis un compte de l’entreprise',
    accountRuleHelp: 'Désactivé, Candor ne dit rien des comptes de l’entreprise.',
    accountExplanationHelp: 'Montré à la personne qui publie depuis le compte de l’entreprise.',
    account: (n) => `Compte ${n}`,
    addAccount: 'Ajouter un compte de l’entreprise',
    network: 'Réseau',
    networks: { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' },
    handle: 'Identifiant',
    handleHelp: 'Tel que le réseau l’affiche, par exemple «\u202F@acme\u202F».',
    accountName: 'Nom affiché à la place d’un identifiant',
    accountNameHelp: 'Quand le réseau affiche un nom plutôt qu’un identifiant, par exemple «\u202FCommenter en tant qu’Acme\u202F» sur Facebook. Facultatif.',
  },
);

const DISCLAIMER: Path = ['rules', 'disclaimer'];
const ACCOUNT_RULE: Path = ['rules', 'corporateAccount'];
const ACCOUNTS: Path = ['corporateAccounts'];

export function Opinion() {
  const words = WORDS[useStudio().locale];
  return (
    <div>
      <p>{words.intro}</p>
      <h3>{words.disclaimerTitle}</h3>
      <InsertedTextFields rule={DISCLAIMER} own={words} placementFallback="end" />
      <TriggersField path={[...DISCLAIMER, 'triggers']} label={words.triggers} help={words.triggersHelp} />
      <TermsField path={[...DISCLAIMER, 'variants']} label={words.variants} help={words.variantsHelp} />

      <h3>{words.accountsTitle}</h3>
      <p>{words.accountsIntro}</p>
      <CheckboxField path={[...ACCOUNT_RULE, 'enabled']} label={words.accountRule} help={words.accountRuleHelp} fallback />
      <SeverityField path={[...ACCOUNT_RULE, 'severity']} />
      <LocalizedField path={[...ACCOUNT_RULE, 'explanation']} label={words.explanation} help={words.accountExplanationHelp} multiline />
      <ListEditor
        path={ACCOUNTS}
        legend={(account, i) => accountHandle(account) || words.account(i + 1)}
        addLabel={words.addAccount}
        fresh={() => ({ network: 'x', handle: '' })}
      >
        {(i) => (
          <>
            <SelectField path={[...ACCOUNTS, i, 'network']} label={words.network} options={Object.entries(words.networks)} />
            <TextField path={[...ACCOUNTS, i, 'handle']} label={words.handle} help={words.handleHelp} />
            <TextField path={[...ACCOUNTS, i, 'name']} label={words.accountName} help={words.accountNameHelp} optional />
          </>
        )}
      </ListEditor>
    </div>
  );
}

const accountHandle = (account: Json | undefined): string => {
  const handle = getAt(account, ['handle']);
  return typeof handle === 'string' ? handle.trim() : '';
};
