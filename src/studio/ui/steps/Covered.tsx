/**
 * Step 1, "What is covered": the policy itself (its name, version and languages), the company in every form people
 * write it, its products and its competitors, and what Candor says when a post mentions them.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localDay } from '../../../policy/days';
import { newId, referencesTo } from '../../ids';
import { getAt, isObject, type Json, type Path } from '../../json';
import { renameEverywhere, textsNaming } from '../../rename';
import { TEMPLATES } from '../../templates';
import { fieldId } from '../../problems';
import { useStudio } from '../context';
import { IdFromName } from '../editing';
import { CheckboxField, ListEditor, LocalizedField, SelectField, TermsField, TextField } from '../fields';
import { SeverityField } from '../severity';
import { bilingual, LANGUAGE_NAMES } from '../words';

const WORDS = bilingual(
  {
    intro:
      'Start with who the policy is about: your organisation, its products and its competitors. List every way people write their names (nicknames, hashtags, accounts, web sites): Candor recognises a mention only in the forms you give here.',
    policyTitle: 'About the policy',
    name: 'Name of the policy',
    nameHelp: 'As employees see it in Candor and on the intranet.',
    version: 'Version',
    versionHelp: 'Raise it with every change you publish, such as "2" or "2026.11.1": Candor never replaces a newer version with an older one.',
    updatedAt: 'Published on',
    updatedAtHelp: 'The day this version is published, written YYYY-MM-DD.',
    today: 'Today',
    defaultLocale: 'Main language',
    defaultLocaleHelp: 'Used when an employee’s browser speaks none of the policy’s languages.',
    addLanguage: 'Add a language',
    addLanguageHelp: 'Every text employees read then gets a box in that language. Leave a box empty to drop that language from that text.',
    addLanguageButton: (language: string) => `Add ${language}`,
    languageAdded: (language: string) => `${language} added: write the policy’s name in ${language}, then the other texts.`,
    companyTitle: 'Your organisation',
    companyName: 'Name',
    companyNameHelp: 'As people usually write it.',
    stillNamed: (old: string, count: number) => `“${old}” is still written in ${count} text${count === 1 ? '' : 's'} (explanations, principles, scenarios…).`,
    renameAll: (old: string, name: string) => `Replace “${old}” with “${name}” everywhere`,
    renamedAll: (count: number, name: string) => `${count} text${count === 1 ? '' : 's'} now say “${name}”.`,
    aliases: 'Other names',
    aliasesHelp: 'Abbreviations, former names, common spellings: every way people write it.',
    handlesX: 'Accounts on X',
    handlesLinkedin: 'Pages on LinkedIn',
    handlesFacebook: 'Pages on Facebook',
    handlesHelp: 'Such as "@acme", with or without the "@".',
    hashtags: 'Hashtags',
    hashtagsHelp: 'Such as "#AcmeLife".',
    tickers: 'Stock tickers',
    tickersHelp: 'Such as "$ACME", if it is listed on a stock exchange.',
    domains: 'Web sites',
    domainsHelp: 'The address alone, such as "acme.example": no "https://", no page.',
    productsTitle: 'Products',
    productsHelp: 'Products and services, including those not announced yet and code names.',
    newProduct: 'New product',
    addProduct: 'Add a product',
    productName: 'Name',
    id: 'Short id',
    idHelp: 'Made from the name as you type it. Scenarios and roles use it to refer to this item: lowercase letters, digits and dashes, such as "quorum-meet".',
    status: 'Status',
    statusHelp: 'Whether people may already know about it. Step 2 says what Candor advises for the others.',
    released: 'Released: public',
    unreleased: 'Not announced yet',
    confidential: 'Confidential: never public (a code name)',
    embargoUntil: 'Announced on',
    embargoUntilHelp:
      'When it becomes public, with the time and time zone, such as "2027-04-20T15:00:00Z" (Z is UTC) or "2027-04-20T17:00:00+02:00". From then on it counts as released. Leave empty if the date is not set.',
    hashed:
      'The names of this product are hidden in the file (stored as hashes), so the published policy does not give them away. The name here is only a label. To change the hidden names, run the hashing tool again ("npm run policy -- hash-names").',
    competitorsTitle: 'Competitors',
    competitorsHelp: 'Employees comparing you with a competitor get a reminder to stay factual and to say where they work.',
    newCompetitor: 'New competitor',
    addCompetitor: 'Add a competitor',
    rulesTitle: 'What Candor says about a mention',
    rulesHelp: 'A short reminder when a post names your organisation, one of its products or a competitor.',
    employerMention: 'A post mentions your organisation',
    productMention: 'A post mentions one of your products',
    competitorMention: 'A post mentions a competitor',
    enabled: 'Say something',
    explanation: 'What Candor says',
  },
  {
    intro:
      'Commencez par ce dont parle la politique\u202F: votre organisation, ses produits et ses concurrents. Donnez toutes les façons dont on écrit leurs noms (surnoms, hashtags, comptes, sites web)\u202F: Candor ne reconnaît une mention que sous les formes données ici.',
    policyTitle: 'La politique',
    name: 'Nom de la politique',
    nameHelp: 'Tel que les salariés le voient dans Candor et sur l’intranet.',
    version: 'Version',
    versionHelp: 'Augmentez-la à chaque changement publié, par exemple «\u202F2\u202F» ou «\u202F2026.11.1\u202F»\u202F: Candor ne remplace jamais une version par une plus ancienne.',
    updatedAt: 'Publiée le',
    updatedAtHelp: 'Le jour de publication de cette version, écrit AAAA-MM-JJ.',
    today: 'Aujourd’hui',
    defaultLocale: 'Langue principale',
    defaultLocaleHelp: 'Utilisée quand le navigateur d’un salarié ne parle aucune des langues de la politique.',
    addLanguage: 'Ajouter une langue',
    addLanguageHelp: 'Chaque texte lu par les salariés a alors une case dans cette langue. Laissez une case vide pour retirer cette langue de ce texte.',
    addLanguageButton: (language) => `Ajouter\u202F: ${language}`,
    languageAdded: (language) => `Langue ajoutée (${language})\u202F: écrivez le nom de la politique dans cette langue, puis les autres textes.`,
    companyTitle: 'Votre organisation',
    stillNamed: (old, count) => `«\u202F${old}\u202F» figure encore dans ${count} texte${count === 1 ? '' : 's'} (explications, principes, scénarios…).`,
    renameAll: (old, name) => `Remplacer «\u202F${old}\u202F» par «\u202F${name}\u202F» partout`,
    renamedAll: (count, name) => `${count} texte${count === 1 ? '' : 's'} disent maintenant «\u202F${name}\u202F».`,
    companyName: 'Nom',
    companyNameHelp: 'Tel qu’on l’écrit d’habitude.',
    aliases: 'Autres noms',
    aliasesHelp: 'Sigles, anciens noms, graphies courantes\u202F: toutes les façons dont on l’écrit.',
    handlesX: 'Comptes sur X',
    handlesLinkedin: 'Pages LinkedIn',
    handlesFacebook: 'Pages Facebook',
    handlesHelp: 'Par exemple «\u202F@acme\u202F», avec ou sans «\u202F@\u202F».',
    hashtags: 'Hashtags',
    hashtagsHelp: 'Par exemple «\u202F#AcmeLife\u202F».',
    tickers: 'Symboles boursiers',
    tickersHelp: 'Par exemple «\u202F$ACME\u202F», si elle est cotée en bourse.',
    domains: 'Sites web',
    domainsHelp: 'L’adresse seule, par exemple «\u202Facme.example\u202F»\u202F: sans «\u202Fhttps://\u202F», sans page.',
    productsTitle: 'Produits',
    productsHelp: 'Produits et services, y compris ceux qui ne sont pas encore annoncés et les noms de code.',
    newProduct: 'Nouveau produit',
    addProduct: 'Ajouter un produit',
    productName: 'Nom',
    id: 'Identifiant court',
    idHelp: 'Fait à partir du nom pendant que vous le tapez. Les scénarios et les rôles l’utilisent pour désigner cet élément\u202F: lettres minuscules, chiffres et tirets, par exemple «\u202Fquorum-meet\u202F».',
    status: 'Statut',
    statusHelp: 'Si le public peut déjà le connaître. L’étape 2 dit ce que Candor conseille pour les autres.',
    released: 'Sorti\u202F: public',
    unreleased: 'Pas encore annoncé',
    confidential: 'Confidentiel\u202F: jamais public (un nom de code)',
    embargoUntil: 'Annoncé le',
    embargoUntilHelp:
      'Quand il devient public, avec l’heure et le fuseau horaire, par exemple «\u202F2027-04-20T15:00:00Z\u202F» (Z\u202F: temps universel) ou «\u202F2027-04-20T17:00:00+02:00\u202F». Il compte ensuite comme sorti. Laissez vide si la date n’est pas fixée.',
    hashed:
      'Les noms de ce produit sont masqués dans le fichier (enregistrés sous forme d’empreintes), pour que la politique publiée ne les révèle pas. Le nom ici n’est qu’une étiquette. Pour changer les noms masqués, relancez l’outil d’empreintes («\u202Fnpm run policy -- hash-names\u202F»).',
    competitorsTitle: 'Concurrents',
    competitorsHelp: 'Un salarié qui vous compare à un concurrent reçoit un rappel\u202F: rester factuel et dire où il travaille.',
    newCompetitor: 'Nouveau concurrent',
    addCompetitor: 'Ajouter un concurrent',
    rulesTitle: 'Ce que Candor dit d’une mention',
    rulesHelp: 'Un court rappel quand une publication nomme votre organisation, l’un de ses produits ou un concurrent.',
    employerMention: 'Une publication mentionne votre organisation',
    productMention: 'Une publication mentionne l’un de vos produits',
    competitorMention: 'Une publication mentionne un concurrent',
    enabled: 'Le signaler',
    explanation: 'Ce que dit Candor',
  },
);

type Words = (typeof WORDS)['en'];

/** Adds a language to the policy: its name gets an empty box for it, and every text follows. */
function AddLanguage({ words }: { words: Words }) {
  const { value, languages, locale, edit } = useStudio();
  const names = LANGUAGE_NAMES[locale];
  const missing = Object.keys(names).filter((tag) => !languages.includes(tag));
  const [choice, setChoice] = useState('');
  const [added, setAdded] = useState<string | undefined>(undefined);
  const chosen = missing.includes(choice) ? choice : missing[0];
  useEffect(() => {
    if (added) document.getElementById(fieldId(['name', added]))?.focus();
  }, [added]);
  const add = (tag: string) => {
    const name = getAt(value, ['name']);
    const texts = isObject(name) ? name : { [languages[0] ?? 'en']: typeof name === 'string' ? name : '' };
    edit(['name'], { ...texts, [tag]: '' });
    setAdded(tag);
  };
  return (
    <div class="studio-field">
      {chosen && (
        <>
          <label for="add-language">{words.addLanguage}</label>
          <p class="help" id="add-language-help">
            {words.addLanguageHelp}
          </p>
          <div>
            <select id="add-language" aria-describedby="add-language-help" value={chosen} onChange={(event) => setChoice(event.currentTarget.value)}>
              {missing.map((tag) => (
                <option key={tag} value={tag}>
                  {names[tag]}
                </option>
              ))}
            </select>{' '}
            <button type="button" class="secondary" onClick={() => add(chosen)}>
              {words.addLanguageButton(names[chosen] ?? chosen)}
            </button>
          </div>
        </>
      )}
      <p class="help" role="status">
        {added && words.languageAdded(names[added] ?? added)}
      </p>
    </div>
  );
}

function AboutThePolicy({ words }: { words: Words }) {
  const { languages, locale, edit, now } = useStudio();
  const names = LANGUAGE_NAMES[locale];
  return (
    <section>
      <h3>{words.policyTitle}</h3>
      <LocalizedField path={['name']} label={words.name} help={words.nameHelp} />
      <TextField path={['version']} label={words.version} help={words.versionHelp} />
      <TextField path={['updatedAt']} label={words.updatedAt} help={words.updatedAtHelp} placeholder="YYYY-MM-DD" />
      <button type="button" class="small secondary" onClick={() => edit(['updatedAt'], localDay(now()))}>
        {words.today}
      </button>
      <SelectField
        path={['defaultLocale']}
        label={words.defaultLocale}
        help={words.defaultLocaleHelp}
        options={languages.map((tag) => [tag, names[tag] ?? tag] as const)}
        fallback="en"
      />
      <AddLanguage words={words} />
    </section>
  );
}

/** The forms of a name beyond the name itself: the company's and each competitor's. */
function NameForms({ base, words }: { base: Path; words: Words }) {
  return (
    <>
      <TermsField path={[...base, 'aliases']} label={words.aliases} help={words.aliasesHelp} />
      <TermsField path={[...base, 'handles', 'x']} label={words.handlesX} help={words.handlesHelp} />
      <TermsField path={[...base, 'handles', 'linkedin']} label={words.handlesLinkedin} help={words.handlesHelp} />
      <TermsField path={[...base, 'handles', 'facebook']} label={words.handlesFacebook} help={words.handlesHelp} />
      <TermsField path={[...base, 'hashtags']} label={words.hashtags} help={words.hashtagsHelp} />
      <TermsField path={[...base, 'tickers']} label={words.tickers} help={words.tickersHelp} />
      <TermsField path={[...base, 'domains']} label={words.domains} help={words.domainsHelp} />
    </>
  );
}

const nameOf = (item: Json | undefined, unnamed: string) => {
  const name = getAt(item, ['name']);
  return typeof name === 'string' && name.trim() ? name : unnamed;
};

const isEmptyList = (list: Json | undefined) => !Array.isArray(list) || list.length === 0;

/** An item's name, and its short id made from it while the author has not chosen one. */
function NameAndId({ list, index, label, fallback, words }: { list: 'products' | 'competitors'; index: number; label: string; fallback: string; words: Words }) {
  const { value, policyInForce } = useStudio();
  return (
    <>
      <IdFromName item={[list, index]} nameKey="name" fallback={fallback} isReferenced={referencesTo(value, list, policyInForce)}>
        <TextField path={[list, index, 'name']} label={label} />
      </IdFromName>
      <TextField path={[list, index, 'id']} label={words.id} help={words.idHelp} />
    </>
  );
}

function Product({ index, words }: { index: number; words: Words }) {
  const { value } = useStudio();
  const base = ['products', index] as const;
  const product = getAt(value, base);
  const hashed = !isEmptyList(getAt(product, ['nameHashes']));
  return (
    <>
      {hashed && <p class="help">{words.hashed}</p>}
      <NameAndId list="products" index={index} label={words.productName} fallback="product" words={words} />
      {/* Hashed names keep their other forms out of the file: no box invites writing them in clear. */}
      {!(hashed && isEmptyList(getAt(product, ['aliases']))) && <TermsField path={[...base, 'aliases']} label={words.aliases} help={words.aliasesHelp} />}
      {!(hashed && isEmptyList(getAt(product, ['hashtags']))) && <TermsField path={[...base, 'hashtags']} label={words.hashtags} help={words.hashtagsHelp} />}
      <SelectField
        path={[...base, 'status']}
        label={words.status}
        help={words.statusHelp}
        options={[
          ['released', words.released],
          ['unreleased', words.unreleased],
          ['confidential', words.confidential],
        ]}
      />
      {(getAt(product, ['status']) === 'unreleased' || getAt(product, ['embargoUntil']) !== undefined) && (
        <TextField path={[...base, 'embargoUntil']} label={words.embargoUntil} help={words.embargoUntilHelp} optional placeholder="2027-04-20T15:00:00Z" />
      )}
    </>
  );
}

const MENTION_RULES = ['employerMention', 'productMention', 'competitorMention'] as const;

function MentionRules({ words }: { words: Words }) {
  return (
    <section>
      <h3>{words.rulesTitle}</h3>
      <p class="help">{words.rulesHelp}</p>
      {MENTION_RULES.map((rule) => (
        <fieldset key={rule}>
          <legend>{words[rule]}</legend>
          <CheckboxField path={['rules', rule, 'enabled']} label={words.enabled} fallback />
          <SeverityField path={['rules', rule, 'severity']} />
          <LocalizedField path={['rules', rule, 'explanation']} label={words.explanation} multiline />
        </fieldset>
      ))}
    </section>
  );
}

/**
 * After the company is renamed, the old name (the one it had when the step opened, or a template's) still fills the
 * texts: one click writes the new name in all of them, so explanations and scenarios speak of the right company.
 */
function RenameEverywhere({ words }: { words: Words }) {
  const { value, update } = useStudio();
  const name = getAt(value, ['company', 'name']);
  const [done, setDone] = useState<{ count: number; name: string } | undefined>(undefined);
  const opened = useRef(name);
  // Counted once per draft, not at every render.
  const { old, count } = useMemo(() => {
    if (typeof name !== 'string' || name.trim() === '') return { old: undefined, count: 0 };
    const candidates = [opened.current, ...TEMPLATES.map((t) => getAt(t.policy, ['company', 'name']))];
    for (const candidate of candidates) {
      if (typeof candidate !== 'string' || candidate === '' || name.includes(candidate)) continue;
      const texts = textsNaming(value, candidate);
      if (texts > 0) return { old: candidate, count: texts };
    }
    return { old: undefined, count: 0 };
  }, [value, name]);
  if (typeof name !== 'string' || name.trim() === '') return null;
  return (
    <div class="rename-everywhere" role="status">
      {old !== undefined && (
        <>
          <p class="problem-warning">{words.stillNamed(old, count)}</p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              update((current) => renameEverywhere(current, old, name).value);
              opened.current = name;
              setDone({ count, name });
            }}
          >
            {words.renameAll(old, name)}
          </button>
        </>
      )}
      {old === undefined && done && <p class="help">{words.renamedAll(done.count, done.name)}</p>}
    </div>
  );
}

export function Covered() {
  const { value, locale } = useStudio();
  const words = WORDS[locale];
  return (
    <>
      <p>{words.intro}</p>
      <AboutThePolicy words={words} />
      <section>
        <h3>{words.companyTitle}</h3>
        <TextField path={['company', 'name']} label={words.companyName} help={words.companyNameHelp} />
        <RenameEverywhere words={words} />
        <NameForms base={['company']} words={words} />
      </section>
      <section>
        <h3>{words.productsTitle}</h3>
        <p class="help">{words.productsHelp}</p>
        <ListEditor
          path={['products']}
          legend={(item) => nameOf(item, words.newProduct)}
          addLabel={words.addProduct}
          fresh={() => ({ id: newId(getAt(value, ['products']), 'product'), name: '', status: 'released' })}
        >
          {(index) => <Product index={index} words={words} />}
        </ListEditor>
      </section>
      <section>
        <h3>{words.competitorsTitle}</h3>
        <p class="help">{words.competitorsHelp}</p>
        <ListEditor
          path={['competitors']}
          legend={(item) => nameOf(item, words.newCompetitor)}
          addLabel={words.addCompetitor}
          fresh={() => ({ id: newId(getAt(value, ['competitors']), 'competitor'), name: '' })}
        >
          {(index) => (
            <>
              <NameAndId list="competitors" index={index} label={words.companyName} fallback="competitor" words={words} />
              <NameForms base={['competitors', index]} words={words} />
            </>
          )}
        </ListEditor>
      </section>
      <MentionRules words={words} />
    </>
  );
}
