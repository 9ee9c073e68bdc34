/**
 * Step 2, "What needs approval": the topics that need care (the words that signal them, what employees should do,
 * who approves, where and when they apply), and the rules for unreleased and confidential products. Topics whose
 * action is "protected" are step 3's: a topic switched to it moves there.
 */
import { useState } from 'preact/hooks';
import { textOf } from '../../ids';
import { getAt, type Path } from '../../json';
import { isProtectedTopic } from '../../steps';
import { useStudio } from '../context';
import { WithEdit } from '../editing';
import { CheckboxField, ListEditor, LocalizedField, SelectField, TermsField, TextField } from '../fields';
import { SeverityField } from '../severity';
import { bilingual } from '../words';
import { ApproverFields } from './approver';
import { freshTopic, TOPIC_ACTIONS, TopicLabel } from './topics';

const WORDS = bilingual(
  {
    intro:
      'Some subjects need a go-ahead before anyone posts about them: results that are not public yet, plans not yet announced, deals. For each, list the words that signal it, say what employees should do and who approves. Candor nudges; it never blocks.',
    topicsTitle: 'Topics that need care',
    topicsHelp: 'Subjects employees may always discuss (pay, working conditions, safety) are in step 3, “Fair and realistic”.',
    addTopic: 'Add a topic',
    newTopic: 'New topic',
    movedToFair: (label: string) => `“${label}” is now protected: you will find it in step 3, “Fair and realistic”.`,
    label: 'Name of the topic',
    labelHelp: 'As employees will see it, such as “Financial results”.',
    terms: 'Words and phrases that signal it',
    termsHelp: 'Candor looks for them in the post, whatever the case or accents.',
    action: 'What employees should do',
    severity: 'How strongly Candor says it',
    why: 'Why it needs care',
    whyHelp: 'One line employees read with the nudge.',
    scope: 'Where it applies',
    scopeAnywhere: 'Whenever these words appear',
    scopeWithEmployer: 'Only when the post also mentions the company or its products',
    window: 'When it applies',
    windowHelp: 'Leave both empty for always. Useful for a quiet period before results are published.',
    activeFrom: 'From',
    activeUntil: 'Until (that moment excluded)',
    momentHelp: 'A date, a time and its time zone, so it means the same everywhere: 2027-01-30T09:00:00+01:00 is 9:00 in Paris in winter.',
    id: 'Identifier',
    idHelp: 'Made from the name as you type it. Scenarios and roles use it to refer to this topic: change it only if you must.',
    approverRequired: 'Needed when employees must ask first: Candor offers them a way to ask.',
    approverOptional: 'Optional: when set, Candor offers employees a way to ask.',
    productsTitle: 'Unreleased and confidential products',
    productsHelp: 'Which products are unreleased or confidential is said in step 1. Here: what Candor tells employees who name one.',
    rules: {
      unreleasedProduct: 'Unreleased products',
      confidentialProduct: 'Confidential products',
    },
    ruleEnabled: 'Candor checks this',
    explanation: 'What Candor tells them',
  },
  {
    intro:
      'Certains sujets demandent un accord avant toute publication\u202F: des résultats pas encore publics, des projets non annoncés, des partenariats. Pour chacun, listez les mots qui le signalent, dites ce que les salariés doivent faire et qui donne l’accord. Candor conseille, il ne bloque jamais.',
    topicsTitle: 'Sujets sensibles',
    topicsHelp: 'Les sujets dont les salariés peuvent toujours parler (salaires, conditions de travail, sécurité) sont à l’étape 3, «\u202FJuste et réaliste\u202F».',
    addTopic: 'Ajouter un sujet',
    newTopic: 'Nouveau sujet',
    movedToFair: (label) => `«\u202F${label}\u202F» est désormais protégé\u202F: vous le retrouverez à l’étape 3, «\u202FJuste et réaliste\u202F».`,
    label: 'Nom du sujet',
    labelHelp: 'Tel que les salariés le verront, par exemple «\u202FRésultats financiers\u202F».',
    terms: 'Mots et expressions qui le signalent',
    termsHelp: 'Candor les cherche dans la publication, sans tenir compte des majuscules ni des accents.',
    action: 'Ce que les salariés doivent faire',
    severity: 'Avec quelle force Candor le dit',
    why: 'Pourquoi c’est sensible',
    whyHelp: 'Une ligne que les salariés lisent avec le conseil.',
    scope: 'Quand s’applique-t-il',
    scopeAnywhere: 'Dès que ces mots apparaissent',
    scopeWithEmployer: 'Seulement si la publication parle aussi de l’entreprise ou de ses produits',
    window: 'Période',
    windowHelp: 'Laissez vide pour toujours. Utile pour une période de silence avant la publication des résultats.',
    activeFrom: 'À partir de',
    activeUntil: 'Jusqu’à (ce moment exclu)',
    momentHelp: 'Une date, une heure et son fuseau horaire, pour que ce soit le même moment partout\u202F: 2027-01-30T09:00:00+01:00 est 9 h à Paris en hiver.',
    id: 'Identifiant',
    idHelp: 'Formé à partir du nom pendant que vous le tapez. Les scénarios et les rôles s’en servent pour désigner ce sujet\u202F: ne le changez que si nécessaire.',
    approverRequired: 'Obligatoire quand il faut demander d’abord\u202F: Candor propose aux salariés de faire la demande.',
    approverOptional: 'Facultatif\u202F: s’il est indiqué, Candor propose aux salariés de faire la demande.',
    productsTitle: 'Produits non annoncés et confidentiels',
    productsHelp: 'Quels produits sont non annoncés ou confidentiels se dit à l’étape 1. Ici\u202F: ce que Candor dit aux salariés qui en nomment un.',
    rules: {
      unreleasedProduct: 'Produits non annoncés',
      confidentialProduct: 'Produits confidentiels',
    },
    ruleEnabled: 'Candor vérifie ce point',
    explanation: 'Ce que Candor leur dit',
  },
);

function TopicFields({ index, onProtected }: { index: number; onProtected: (label: string) => void }) {
  const { value, locale, edit } = useStudio();
  const words = WORDS[locale];
  const at: Path = ['topics', index];
  const topic = getAt(value, at);
  const action = getAt(topic, ['action']);
  const approverPath = [...at, 'approver'];
  const actionNames = TOPIC_ACTIONS[locale];
  return (
    <>
      <TopicLabel index={index} label={words.label} help={words.labelHelp} />
      <TermsField path={[...at, 'terms']} label={words.terms} help={words.termsHelp} />
      <WithEdit
        edit={(path, next) => {
          if (next === 'protected') onProtected(textOf(getAt(topic, ['label']), locale));
          edit(path, next);
        }}
      >
        <SelectField
          path={[...at, 'action']}
          label={words.action}
          options={(['needs-approval', 'avoid', 'allow', 'protected'] as const).map((a) => [a, actionNames[a]] as const)}
        />
      </WithEdit>
      <SeverityField path={[...at, 'severity']} />
      <LocalizedField path={[...at, 'why']} label={words.why} help={words.whyHelp} multiline />
      {(action === 'needs-approval' || getAt(value, approverPath) !== undefined) && (
        <ApproverFields path={approverPath} help={action === 'needs-approval' ? words.approverRequired : words.approverOptional} />
      )}
      <SelectField
        path={[...at, 'scope']}
        label={words.scope}
        fallback="anywhere"
        options={[
          ['anywhere', words.scopeAnywhere],
          ['with-employer', words.scopeWithEmployer],
        ]}
      />
      <fieldset class="time-window">
        <legend>{words.window}</legend>
        <p class="help">{words.windowHelp}</p>
        <TextField path={[...at, 'activeFrom']} label={words.activeFrom} help={words.momentHelp} placeholder="2027-01-30T09:00:00+01:00" optional />
        <TextField path={[...at, 'activeUntil']} label={words.activeUntil} placeholder="2027-02-13T18:00:00+01:00" optional />
      </fieldset>
      <div class="secondary-field">
        <TextField path={[...at, 'id']} label={words.id} help={words.idHelp} />
      </div>
    </>
  );
}

export function Approval() {
  const { value, locale } = useStudio();
  const words = WORDS[locale];
  const [moved, setMoved] = useState('');
  const topics = getAt(value, ['topics']);
  return (
    <>
      <p>{words.intro}</p>
      <h3>{words.topicsTitle}</h3>
      <p class="help">{words.topicsHelp}</p>
      <p class="help" role="status" aria-live="polite">
        {moved && words.movedToFair(moved)}
      </p>
      <ListEditor
        path={['topics']}
        legend={(topic) => textOf(getAt(topic, ['label']), locale) || words.newTopic}
        addLabel={words.addTopic}
        show={(topic) => !isProtectedTopic(topic)}
        fresh={() => freshTopic(topics, 'needs-approval')}
      >
        {(index) => <TopicFields index={index} onProtected={(label) => setMoved(label || words.newTopic)} />}
      </ListEditor>
      <h3>{words.productsTitle}</h3>
      <p class="help">{words.productsHelp}</p>
      {(['unreleasedProduct', 'confidentialProduct'] as const).map((rule) => (
        <fieldset key={rule} class="list-item">
          <legend>{words.rules[rule]}</legend>
          <CheckboxField path={['rules', rule, 'enabled']} label={words.ruleEnabled} fallback />
          <SeverityField path={['rules', rule, 'severity']} />
          <LocalizedField path={['rules', rule, 'explanation']} label={words.explanation} multiline />
          <ApproverFields path={['rules', rule, 'approver']} help={words.approverOptional} />
        </fieldset>
      ))}
    </>
  );
}
