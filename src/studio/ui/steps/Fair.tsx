/**
 * Step 3, "Fair and realistic": the principles employees read first, the subjects they may always discuss (topics
 * whose action is "protected": Candor reminds them of their right, never warns them off), who answers their
 * questions and where they suggest changes, so the people the policy governs help write it.
 */
import { textOf } from '../../ids';
import { getAt } from '../../json';
import { isProtectedTopic } from '../../steps';
import { useStudio } from '../context';
import { PruneEmpty } from '../editing';
import { ListEditor, LocalizedField, TermsField, TextField } from '../fields';
import { SeverityField } from '../severity';
import { bilingual } from '../words';
import { freshTopic, TopicLabel } from './topics';

const WORDS = bilingual(
  {
    intro:
      'Candor nudges, it never blocks. A fair policy says what it is for, never discourages what employees may lawfully say, and is written with them: tell them whom to ask, and where to suggest changes.',
    principlesTitle: 'Principles',
    principlesHelp: 'A few sentences employees read first, in plain words: what the policy covers, what it asks, and what it leaves free.',
    principle: (n: number) => `Principle ${n}`,
    principleText: 'What it says',
    addPrinciple: 'Add a principle',
    protectedTitle: 'What employees may always discuss',
    protectedHelp:
      'Pay, working conditions, unions, strikes, harassment, safety: the law protects employees who talk about them, in public too. When a post touches one of these subjects, Candor reminds the employee that it is theirs to discuss (never a warning), and no other topic advises against the same words.',
    newSubject: 'New subject',
    addSubject: 'Add a subject',
    label: 'Subject',
    labelHelp: 'A short title employees see, such as "Pay, working conditions and unions".',
    id: 'Short id',
    idHelp: 'Made from the subject as you type it. Scenarios use it to refer to this subject: lowercase letters, digits and dashes, such as "workplace-rights".',
    terms: 'Words that show the subject',
    termsHelp: 'Words and phrases as employees write them, in each language of the policy, such as "salary" or "trade union".',
    why: 'Why it is theirs to discuss',
    whyHelp: 'One or two sentences Candor shows with the reminder; name the law if you can.',
    severityHelp: 'A tip suits a reminder of a right.',
    contactTitle: 'Questions and suggestions',
    contactHelp: 'Employees see these in Candor and on the intranet.',
    contactName: 'Who answers questions',
    contactNameHelp: 'A team rather than a person, such as "Communications".',
    contactLink: 'How to reach them',
    linkHelp: 'A web page starting with "https://", or an e-mail address written "mailto:name@acme.example".',
    feedback: 'Where employees suggest changes',
  },
  {
    intro:
      'Candor conseille, il ne bloque jamais. Une politique juste dit à quoi elle sert, ne décourage jamais ce que les salariés ont le droit de dire, et s’écrit avec eux\u202F: dites-leur à qui poser leurs questions et où proposer des changements.',
    principlesTitle: 'Principes',
    principlesHelp: 'Quelques phrases que les salariés lisent d’abord, en mots simples\u202F: ce que couvre la politique, ce qu’elle demande et ce qu’elle laisse libre.',
    principle: (n) => `Principe ${n}`,
    principleText: 'Ce qu’il dit',
    addPrinciple: 'Ajouter un principe',
    protectedTitle: 'Ce dont les salariés peuvent toujours parler',
    protectedHelp:
      'Salaires, conditions de travail, syndicats, grèves, harcèlement, sécurité\u202F: la loi protège les salariés qui en parlent, y compris en public. Quand une publication touche l’un de ces sujets, Candor rappelle au salarié qu’il peut en parler (jamais une alerte), et aucun autre sujet ne déconseille les mêmes mots.',
    newSubject: 'Nouveau sujet',
    addSubject: 'Ajouter un sujet',
    label: 'Sujet',
    labelHelp: 'Un titre court que voient les salariés, par exemple «\u202FSalaires, conditions de travail et syndicats\u202F».',
    id: 'Identifiant court',
    idHelp: 'Fait à partir du sujet pendant que vous le tapez. Les scénarios l’utilisent pour désigner ce sujet\u202F: lettres minuscules, chiffres et tirets, par exemple «\u202Fworkplace-rights\u202F».',
    terms: 'Mots qui signalent le sujet',
    termsHelp: 'Mots et expressions tels que les salariés les écrivent, dans chaque langue de la politique, par exemple «\u202Fsalaire\u202F» ou «\u202Fsyndicat\u202F».',
    why: 'Pourquoi ils peuvent en parler',
    whyHelp: 'Une ou deux phrases que Candor affiche avec le rappel\u202F; citez la loi si vous le pouvez.',
    severityHelp: 'Un conseil convient au rappel d’un droit.',
    contactTitle: 'Questions et suggestions',
    contactHelp: 'Les salariés les voient dans Candor et sur l’intranet.',
    contactName: 'Qui répond aux questions',
    contactNameHelp: 'Une équipe plutôt qu’une personne, par exemple «\u202FCommunication\u202F».',
    contactLink: 'Comment la joindre',
    linkHelp: 'Une page web commençant par «\u202Fhttps://\u202F», ou une adresse e-mail écrite «\u202Fmailto:nom@acme.example\u202F».',
    feedback: 'Où les salariés proposent des changements',
  },
);

export function Fair() {
  const { value, locale, languages } = useStudio();
  const words = WORDS[locale];
  const mainLanguage = languages[0] ?? 'en';
  return (
    <>
      <p>{words.intro}</p>
      <section>
        <h3>{words.principlesTitle}</h3>
        <p class="help">{words.principlesHelp}</p>
        <ListEditor path={['principles']} legend={(_, index) => words.principle(index + 1)} addLabel={words.addPrinciple} fresh={() => ''}>
          {(index) => <LocalizedField path={['principles', index]} label={words.principleText} multiline />}
        </ListEditor>
      </section>
      <section>
        <h3>{words.protectedTitle}</h3>
        <p class="help">{words.protectedHelp}</p>
        <ListEditor
          path={['topics']}
          show={isProtectedTopic}
          legend={(topic) => textOf(getAt(topic, ['label']), mainLanguage) || words.newSubject}
          addLabel={words.addSubject}
          fresh={() => freshTopic(getAt(value, ['topics']), 'protected')}
        >
          {(index) => (
            <>
              <TopicLabel index={index} label={words.label} help={words.labelHelp} />
              <TextField path={['topics', index, 'id']} label={words.id} help={words.idHelp} />
              <TermsField path={['topics', index, 'terms']} label={words.terms} help={words.termsHelp} />
              <LocalizedField path={['topics', index, 'why']} label={words.why} help={words.whyHelp} multiline />
              <SeverityField path={['topics', index, 'severity']} help={words.severityHelp} />
            </>
          )}
        </ListEditor>
      </section>
      <section>
        <h3>{words.contactTitle}</h3>
        <p class="help">{words.contactHelp}</p>
        {/* The contact is a name and a way to reach it, both or neither: emptying both removes it, as the format wants. */}
        <PruneEmpty within={['contact']}>
          <TextField path={['contact', 'name']} label={words.contactName} help={words.contactNameHelp} optional />
          <TextField path={['contact', 'contact']} label={words.contactLink} help={words.linkHelp} optional />
        </PruneEmpty>
        <TextField path={['feedback']} label={words.feedback} help={words.linkHelp} optional />
      </section>
    </>
  );
}
