/**
 * Step 4, "Roles": the policy tiered by role (official spokespeople, customer service, executives…). A role is an
 * overlay on what every employee gets ("all staff", the other steps): it names only what it changes, so every
 * choice here is "the same as all staff" or a change, and going back to "the same" removes the change from the file.
 */
import { newId, referencesTo, textOf } from '../../ids';
import { getAt, isObject, type Json, type JsonObject, type Path, setAt, withoutEmptyObjects } from '../../json';
import { fieldId } from '../../problems';
import { useStudio } from '../context';
import { IdFromName, PruneEmpty } from '../editing';
import { ListEditor, LocalizedField, Problems, TextField, useProblems } from '../fields';
import { SEVERITY_WORDS } from '../severity';
import { bilingual, type StudioLocale } from '../words';
import { ApproverFields } from './approver';
import { TOPIC_ACTIONS } from './topics';

const RULE_IDS = ['employerMention', 'competitorMention', 'productMention', 'unreleasedProduct', 'confidentialProduct', 'disclaimer', 'disclosure', 'corporateAccount'] as const;
type RuleId = (typeof RULE_IDS)[number];
/** The rules whose text a role may change here (the line Candor offers to insert). */
const WITH_TEXT: ReadonlySet<RuleId> = new Set(['disclaimer', 'disclosure']);
/** What this form edits; anything else a role changes is named, to be edited in the JSON view. */
const EDITED_HERE: ReadonlySet<string> = new Set(['enabled', 'severity', 'text', 'action', 'approver']);

type OtherChange = 'explanation' | 'why' | 'triggers' | 'variants' | 'short' | 'placement' | 'weakVariants' | 'preview' | 'when' | 'endorsementCues';

const WORDS = bilingual(
  {
    intro:
      'Some people speak for the organisation, or do a job that changes what suits them: official spokespeople, customer service, executives. A role starts from what all staff get (the other steps) and changes only what you set here. Employees pick their role in Candor, or IT sets it for them.',
    addRole: 'Add a role',
    newRole: 'New role',
    summary: (rules: number, topics: number) =>
      rules + topics === 0
        ? 'Changes nothing yet: the same as all staff.'
        : `Changes ${[rules && `${rules} rule${rules === 1 ? '' : 's'}`, topics && `${topics} topic${topics === 1 ? '' : 's'}`].filter(Boolean).join(' and ')} compared with all staff.`,
    buildsOn: (role: string) => `Builds on “${role}”.`,
    label: 'Name of the role',
    labelHelp: 'As employees will see it when they choose their role.',
    description: 'Who it is for',
    descriptionHelp: 'One or two sentences: who should pick this role, and what is different for them.',
    extends: 'Builds on another role',
    extendsHelp: 'Its changes apply first, then this role’s.',
    extendsNone: 'No: starts from all staff',
    id: 'Identifier',
    idHelp: 'Made from the name as you type it. Scenarios, other roles and IT’s settings use it: change it only if you must.',
    rulesTitle: 'Checks',
    rulesHelp: '“Same as…” keeps what applies without this role.',
    topicsTitle: 'Topics',
    topicsHelp: 'What people in this role should do about each topic.',
    noTopics: 'The policy has no topics yet (step 2).',
    rules: {
      employerMention: 'Mentions of the company',
      competitorMention: 'Mentions of competitors',
      productMention: 'Mentions of our products',
      unreleasedProduct: 'Unreleased products',
      confidentialProduct: 'Confidential products',
      disclaimer: 'Personal-opinion disclaimer',
      disclosure: 'Saying they work here (disclosure)',
      corporateAccount: 'Posting from a company account',
    } satisfies Record<RuleId, string>,
    enabled: 'Checked',
    on: 'On',
    off: 'Off',
    action: 'What to do',
    sameAsAllStaff: (now: string) => (now ? `Same as all staff (${now})` : 'Same as all staff'),
    sameAsRole: (role: string, now: string) => (now ? `Same as “${role}” (${now})` : `Same as “${role}”`),
    text: 'Text to insert instead',
    textHelp: 'Leave empty to keep the text all staff get.',
    approverHelp: 'Needed when this role must ask first and the topic names nobody.',
    alsoChanges: (what: string) => `Also changes ${what} (in the JSON view).`,
    other: {
      explanation: 'the explanation',
      why: 'the explanation',
      triggers: 'what calls for it',
      variants: 'the wordings that count',
      short: 'the short form',
      placement: 'where it goes',
      weakVariants: 'the vague wordings',
      preview: 'what readers see first',
      when: 'when it is needed',
      endorsementCues: 'the endorsement words',
    } satisfies Record<OtherChange, string>,
    removeChange: 'Remove this change',
  },
  {
    intro:
      'Certaines personnes parlent au nom de l’organisation, ou exercent un métier qui change ce qui leur convient\u202F: porte-parole, service client, dirigeants. Un rôle part de ce que tout le personnel reçoit (les autres étapes) et ne change que ce que vous réglez ici. Chacun choisit son rôle dans Candor, ou le service informatique le fixe.',
    addRole: 'Ajouter un rôle',
    newRole: 'Nouveau rôle',
    summary: (rules, topics) =>
      rules + topics === 0
        ? 'Ne change rien pour l’instant\u202F: comme tout le personnel.'
        : `Change ${[rules && `${rules} vérification${rules === 1 ? '' : 's'}`, topics && `${topics} sujet${topics === 1 ? '' : 's'}`].filter(Boolean).join(' et ')} par rapport à tout le personnel.`,
    buildsOn: (role) => `S’appuie sur «\u202F${role}\u202F».`,
    label: 'Nom du rôle',
    labelHelp: 'Tel que les salariés le verront en choisissant leur rôle.',
    description: 'Pour qui',
    descriptionHelp: 'Une ou deux phrases\u202F: qui doit choisir ce rôle, et ce qui change pour eux.',
    extends: 'S’appuie sur un autre rôle',
    extendsHelp: 'Ses changements s’appliquent d’abord, puis ceux de ce rôle.',
    extendsNone: 'Non\u202F: part de tout le personnel',
    id: 'Identifiant',
    idHelp: 'Formé à partir du nom pendant que vous le tapez. Les scénarios, les autres rôles et les réglages du service informatique s’en servent\u202F: ne le changez que si nécessaire.',
    rulesTitle: 'Vérifications',
    rulesHelp: '«\u202FComme…\u202F» garde ce qui s’applique sans ce rôle.',
    topicsTitle: 'Sujets',
    topicsHelp: 'Ce que les personnes de ce rôle doivent faire pour chaque sujet.',
    noTopics: 'La politique n’a pas encore de sujets (étape 2).',
    rules: {
      employerMention: 'Mentions de l’entreprise',
      competitorMention: 'Mentions des concurrents',
      productMention: 'Mentions de nos produits',
      unreleasedProduct: 'Produits non annoncés',
      confidentialProduct: 'Produits confidentiels',
      disclaimer: 'Mention «\u202Fopinions personnelles\u202F»',
      disclosure: 'Dire que l’on travaille ici',
      corporateAccount: 'Publier depuis un compte de l’entreprise',
    },
    enabled: 'Vérifié',
    on: 'Oui',
    off: 'Non',
    action: 'Que faire',
    sameAsAllStaff: (now) => (now ? `Comme tout le personnel (${now})` : 'Comme tout le personnel'),
    sameAsRole: (role, now) => (now ? `Comme «\u202F${role}\u202F» (${now})` : `Comme «\u202F${role}\u202F»`),
    text: 'Texte à insérer à la place',
    textHelp: 'Laissez vide pour garder le texte de tout le personnel.',
    approverHelp: 'Nécessaire quand ce rôle doit demander d’abord et que le sujet ne nomme personne.',
    alsoChanges: (what) => `Change aussi ${what} (dans la vue JSON).`,
    other: {
      explanation: 'l’explication',
      why: 'l’explication',
      triggers: 'ce qui la rend nécessaire',
      variants: 'les formulations acceptées',
      short: 'la forme courte',
      placement: 'son emplacement',
      weakVariants: 'les formulations trop vagues',
      preview: 'ce que les lecteurs voient d’abord',
      when: 'quand elle est nécessaire',
      endorsementCues: 'les mots de recommandation',
    },
    removeChange: 'Retirer ce changement',
  },
);

type Words = (typeof WORDS)[StudioLocale];

const listAt = (value: Json | undefined, path: Path): Json[] => {
  const list = getAt(value, path);
  return Array.isArray(list) ? (list as Json[]) : [];
};

/**
 * What a role gets where it changes nothing: the nearest role it builds on that sets it, else all staff. `field`
 * is the path inside an overlay (`rules.disclaimer.enabled`), `base` the same place in the policy.
 */
function inherited(value: JsonObject, role: Json | undefined, field: Path, base: Path): { from: Json | undefined; value: Json | undefined } {
  const roles = listAt(value, ['roles']);
  const seen = new Set<Json>([role ?? null]);
  for (let id = getAt(role, ['extends']); typeof id === 'string'; ) {
    const parent = roles.find((r) => getAt(r, ['id']) === id);
    if (parent === undefined || seen.has(parent)) break;
    seen.add(parent);
    const set = getAt(parent, field);
    if (set !== undefined) return { from: getAt(parent, ['label']), value: set };
    id = getAt(parent, ['extends']);
  }
  return { from: undefined, value: getAt(value, base) };
}

/**
 * A choice between "the same as all staff" (the key absent) and a change. Choosing "the same" removes the key, and
 * the objects left empty by that, down to `within`.
 */
function OverrideChoice({
  path,
  within,
  label,
  same,
  options,
}: {
  path: Path;
  within: Path;
  label: string;
  same: string;
  options: readonly (readonly [Json, string])[];
}) {
  const { value, update } = useStudio();
  const { errors, warnings } = useProblems(path);
  const current = getAt(value, path);
  const id = fieldId(path);
  // A value the form does not offer (a typo in the JSON) is shown as it is, with the parser's problem beside it.
  const shown = current === undefined || options.some(([option]) => option === current) ? options : [...options, [current, String(current)] as const];
  return (
    <div class={`studio-field${errors.length ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={current === undefined ? '' : String(current)}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length || warnings.length ? `${id}-problems` : undefined}
        onChange={(event) => {
          const chosen = shown.find(([option]) => String(option) === event.currentTarget.value)?.[0];
          update((draft) => withoutEmptyObjects(setAt(draft, path, chosen), path, within.length));
        }}
      >
        <option value="">{same}</option>
        {shown.map(([option, text]) => (
          <option key={String(option)} value={String(option)}>
            {text}
          </option>
        ))}
      </select>
      <Problems id={`${id}-problems`} errors={errors} warnings={warnings} />
    </div>
  );
}

/** "Also changes the explanation, the short form": what a role changes that this form does not edit. */
function OtherChanges({ overlay, words }: { overlay: Json | undefined; words: Words }) {
  const others = isObject(overlay) ? Object.keys(overlay).filter((key): key is OtherChange => !EDITED_HERE.has(key) && Object.hasOwn(words.other, key)) : [];
  const named = [...new Set(others.map((key) => words.other[key]))];
  return named.length ? <p class="help">{words.alsoChanges(named.join(', '))}</p> : null;
}

/** What choosing "the same" keeps, in words: `describe` names the value a field has without this role. */
type SameAs = (field: string, describe: (v: Json | undefined) => string) => string;

/** "Same as all staff (Warning)", "Same as “Spokesperson” (Note)": for the role's changes at `overlay`. */
function useSameAs(roleIndex: number, overlay: Path, base: Path): SameAs {
  const { value, locale } = useStudio();
  const words = WORDS[locale];
  const role = getAt(value, ['roles', roleIndex]);
  return (field, describe) => {
    const { from, value: was } = inherited(value, role, [...overlay, field], [...base, field]);
    return from === undefined ? words.sameAsAllStaff(describe(was)) : words.sameAsRole(textOf(from, locale), describe(was));
  };
}

/** How strongly Candor says it for this role: a note, a warning, or the same as without the role. */
function SeverityOverride({ at, within, sameAs }: { at: Path; within: Path; sameAs: SameAs }) {
  const { locale } = useStudio();
  const names = SEVERITY_WORDS[locale].names;
  const strength = (v: Json | undefined) => (v === 'info' || v === 'warn' ? names[v] : '');
  return (
    <OverrideChoice
      path={[...at, 'severity']}
      within={within}
      label={SEVERITY_WORDS[locale].label}
      same={sameAs('severity', strength)}
      options={[
        ['info', names.info],
        ['warn', names.warn],
      ]}
    />
  );
}

function RuleOverride({ roleIndex, rule }: { roleIndex: number; rule: RuleId }) {
  const { value, locale } = useStudio();
  const words = WORDS[locale];
  const within: Path = ['roles', roleIndex, 'rules'];
  const at: Path = [...within, rule];
  const sameAs = useSameAs(roleIndex, ['rules', rule], ['rules', rule]);
  const onOff = (v: Json | undefined) => (v === false ? words.off : words.on); // absent: on, as the format defaults
  return (
    <fieldset class="role-override">
      <legend>{words.rules[rule]}</legend>
      <OverrideChoice
        path={[...at, 'enabled']}
        within={within}
        label={words.enabled}
        same={sameAs('enabled', onOff)}
        options={[
          [true, words.on],
          [false, words.off],
        ]}
      />
      <SeverityOverride at={at} within={within} sameAs={sameAs} />
      {WITH_TEXT.has(rule) && (
        <PruneEmpty within={within}>
          <LocalizedField path={[...at, 'text']} label={words.text} help={words.textHelp} optional />
        </PruneEmpty>
      )}
      <OtherChanges overlay={getAt(value, at)} words={words} />
    </fieldset>
  );
}

function TopicOverride({ roleIndex, topic }: { roleIndex: number; topic: Json }) {
  const { value, locale } = useStudio();
  const words = WORDS[locale];
  const topicId = getAt(topic, ['id']) as string;
  const within: Path = ['roles', roleIndex, 'topics'];
  const at: Path = [...within, topicId];
  const sameAs = useSameAs(roleIndex, ['topics', topicId], ['topics', listAt(value, ['topics']).indexOf(topic)]);
  const actions = TOPIC_ACTIONS[locale];
  const actionName = (v: Json | undefined) => (typeof v === 'string' && Object.hasOwn(actions, v) ? actions[v as keyof typeof actions] : '');
  const overlay = getAt(value, at);
  return (
    <fieldset class="role-override">
      <legend>{textOf(getAt(topic, ['label']), locale) || topicId}</legend>
      <OverrideChoice
        path={[...at, 'action']}
        within={within}
        label={words.action}
        same={sameAs('action', actionName)}
        options={(['needs-approval', 'avoid', 'allow', 'protected'] as const).map((a) => [a, actions[a]] as const)}
      />
      <SeverityOverride at={at} within={within} sameAs={sameAs} />
      {(getAt(overlay, ['action']) === 'needs-approval' || getAt(overlay, ['approver']) !== undefined) && (
        <ApproverFields path={[...at, 'approver']} help={words.approverHelp} pruneWithin={within} />
      )}
      <OtherChanges overlay={overlay} words={words} />
    </fieldset>
  );
}

/** Changes to topics the policy does not have (renamed or removed since): the parser's problem, and a way out. */
function UnknownTopicChanges({ within, known }: { within: Path; known: ReadonlySet<string> }) {
  const { value, locale, update } = useStudio();
  const words = WORDS[locale];
  const changes = getAt(value, within);
  const unknown = isObject(changes) ? Object.keys(changes).filter((id) => !known.has(id)) : [];
  return (
    <>
      {unknown.map((topicId) => (
        <UnknownTopicChange key={topicId} path={[...within, topicId]} label={words.removeChange} onRemove={() => update((draft) => withoutEmptyObjects(setAt(draft, [...within, topicId], undefined), [...within, topicId], within.length))} />
      ))}
    </>
  );
}

function UnknownTopicChange({ path, label, onRemove }: { path: Path; label: string; onRemove: () => void }) {
  const { errors, warnings } = useProblems(path);
  return (
    <div class="studio-field invalid" id={fieldId(path)} tabIndex={-1}>
      <Problems errors={errors} warnings={warnings} />
      <button type="button" class="small secondary" onClick={onRemove}>
        {label}
      </button>
    </div>
  );
}

function RoleFields({ index }: { index: number }) {
  const { value, locale, policyInForce } = useStudio();
  const words = WORDS[locale];
  const at: Path = ['roles', index];
  const role = getAt(value, at);
  const roles = listAt(value, ['roles']);
  const topics = listAt(value, ['topics']).filter((topic) => typeof getAt(topic, ['id']) === 'string' && getAt(topic, ['id']) !== '');
  const changed = (key: string) => {
    const changes = getAt(role, [key]);
    return isObject(changes) ? Object.keys(changes).length : 0;
  };
  const parentId = getAt(role, ['extends']);
  const parent = roles.find((r) => r !== role && getAt(r, ['id']) === parentId);
  const others = roles.filter((r) => r !== role && typeof getAt(r, ['id']) === 'string');
  return (
    <>
      <p class="role-summary">
        {parent !== undefined && `${words.buildsOn(textOf(getAt(parent, ['label']), locale) || String(parentId))} `}
        {words.summary(changed('rules'), changed('topics'))}
      </p>
      <IdFromName item={at} nameKey="label" fallback="role" isReferenced={referencesTo(value, 'roles', policyInForce)}>
        <LocalizedField path={[...at, 'label']} label={words.label} help={words.labelHelp} />
      </IdFromName>
      <LocalizedField path={[...at, 'description']} label={words.description} help={words.descriptionHelp} multiline />
      <OverrideChoice
        path={[...at, 'extends']}
        within={[...at, 'extends']}
        label={words.extends}
        same={words.extendsNone}
        options={others.map((r) => [getAt(r, ['id'])!, textOf(getAt(r, ['label']), locale) || String(getAt(r, ['id']))] as const)}
      />
      <p class="help">{words.extendsHelp}</p>
      <fieldset>
        <legend>{words.rulesTitle}</legend>
        <p class="help">{words.rulesHelp}</p>
        {RULE_IDS.map((rule) => (
          <RuleOverride key={rule} roleIndex={index} rule={rule} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{words.topicsTitle}</legend>
        <p class="help">{topics.length ? words.topicsHelp : words.noTopics}</p>
        {topics.map((topic) => (
          <TopicOverride key={getAt(topic, ['id']) as string} roleIndex={index} topic={topic} />
        ))}
        <UnknownTopicChanges within={[...at, 'topics']} known={new Set(topics.map((topic) => getAt(topic, ['id']) as string))} />
      </fieldset>
      <div class="secondary-field">
        <TextField path={[...at, 'id']} label={words.id} help={words.idHelp} />
      </div>
    </>
  );
}

export function Roles() {
  const { value, locale } = useStudio();
  const words = WORDS[locale];
  return (
    <>
      <p>{words.intro}</p>
      <ListEditor
        path={['roles']}
        legend={(role) => textOf(getAt(role, ['label']), locale) || words.newRole}
        addLabel={words.addRole}
        fresh={() => ({ id: newId(getAt(value, ['roles']), 'role'), label: '', description: '' })}
      >
        {(index) => <RoleFields index={index} />}
      </ListEditor>
    </>
  );
}
