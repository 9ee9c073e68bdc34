/**
 * Step 6, "Disclosure": employees say they work at the company, in words that name it, where readers see them.
 * The disclosure rule's line, when it is needed (every mention, or only endorsements), the wordings Candor
 * recognises (clear and vague), and how much of a post each network shows before "see more".
 */
import { DEFAULT_PREVIEWS, networks } from '../../../policy/constants';
import { getAt, type Path } from '../../json';
import { useStudio } from '../context';
import { PruneEmpty } from '../editing';
import { NumberField, SelectField, TermsField } from '../fields';
import { bilingual } from '../words';
import { InsertedTextFields, TriggersField } from './inserted-text';

const WORDS = bilingual(
  {
    intro:
      'Readers have a right to know when an employee is talking about their employer. Candor asks employees to say so, and counts it only when readers see it: before the network’s “see more”, not lost in a pile of hashtags, and naming the company.',
    lineTitle: 'The disclosure line',
    enabled: 'Ask employees to say they work here',
    textHelp: 'One line in each language, naming the company: “{company}” is replaced by its name, as in “I work at {company}.”',
    shortHelp: 'Offered on X when the line would take the post past 280 characters, such as “#{company}Employee”. Optional.',
    placementHelp: 'The start is safest. Candor puts it at the start anyway when the end would fall after “see more”.',
    whenTitle: 'When it is needed',
    triggers: 'Mentions that call for it',
    triggersHelp: 'Candor asks for the line when a post mentions:',
    when: 'Ask for it',
    whenHelp: 'A post promotes when it names a product, links to the company’s website, or uses one of the promotional words.',
    whenOptions: { mention: 'Whenever a post mentions one of these', endorsement: 'Only when the post also promotes' },
    cues: 'Promotional words',
    cuesHelp: 'Words that make a post promotional, such as “check out” or “discount code”.',
    wordingsTitle: 'Wordings Candor recognises',
    variants: 'Other wordings that already count',
    variantsHelp: 'When a post already says one of these where readers see it, Candor asks for nothing. Each should name the company: “{company}” stands for any of its names.',
    weakVariants: 'Vague wordings',
    weakVariantsHelp: 'Wordings employees use that do not say which company, such as “#employee”. Candor recognises them and suggests the clear line instead.',
    previewTitle: 'Where readers stop reading',
    previewIntro:
      'A disclosure counts only when readers see it before the network cuts the post with “see more”. Leave a network empty to use Candor’s default, measured at the low end so that a disclosure Candor calls visible is visible. What you set for a network replaces its default.',
    networks: { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' },
    byDefault: (characters: number, lines: number | undefined) =>
      `By default: ${characters} characters${lines === undefined ? '' : ` or ${lines} lines, whichever comes first`}.`,
    xCounting: 'Characters are counted as X counts them (an emoji or a Chinese character counts 2, a link 23).',
    characters: 'Characters readers see',
    charactersHelp: 'Empty: the default.',
    lines: 'Lines readers see',
    linesHelp: 'Only if the network cuts by lines. Optional.',
  },
  {
    intro:
      'Les lecteurs ont le droit de savoir qu’un salarié parle de son employeur. Candor demande aux salariés de le dire, et n’en tient compte que si les lecteurs le voient\u202F: avant le «\u202Fvoir plus\u202F» du réseau, pas noyé dans une série de hashtags, et en nommant l’entreprise.',
    lineTitle: 'La phrase qui dit le lien',
    enabled: 'Demander aux salariés de dire qu’ils y travaillent',
    textHelp: 'Une ligne par langue, qui nomme l’entreprise\u202F: «\u202F{company}\u202F» est remplacé par son nom, comme dans «\u202FJe travaille chez {company}.\u202F»',
    shortHelp: 'Proposée sur X quand la phrase ferait dépasser 280 caractères, par exemple «\u202F#Salarié{company}\u202F». Facultative.',
    placementHelp: 'Le début est le plus sûr. Candor la place de toute façon au début quand la fin tomberait après «\u202Fvoir plus\u202F».',
    whenTitle: 'Quand elle est nécessaire',
    triggers: 'Mentions qui la rendent nécessaire',
    triggersHelp: 'Candor demande la phrase quand une publication mentionne\u202F:',
    when: 'La demander',
    whenHelp: 'Une publication fait la promotion quand elle nomme un produit, renvoie au site de l’entreprise ou emploie l’un des mots promotionnels.',
    whenOptions: { mention: 'Dès qu’une publication mentionne l’un d’eux', endorsement: 'Seulement si la publication fait aussi la promotion' },
    cues: 'Mots promotionnels',
    cuesHelp: 'Des mots qui font d’une publication une promotion, comme «\u202Fje recommande\u202F» ou «\u202Fcode promo\u202F».',
    wordingsTitle: 'Formulations que Candor reconnaît',
    variants: 'Autres formulations qui comptent déjà',
    variantsHelp:
      'Quand une publication contient déjà l’une d’elles là où les lecteurs la voient, Candor ne demande rien. Chacune devrait nommer l’entreprise\u202F: «\u202F{company}\u202F» vaut pour chacun de ses noms.',
    weakVariants: 'Formulations vagues',
    weakVariantsHelp:
      'Des formulations qui ne disent pas de quelle entreprise il s’agit, comme «\u202F#salarié\u202F». Candor les reconnaît et propose à la place la phrase claire.',
    previewTitle: 'Où les lecteurs s’arrêtent',
    previewIntro:
      'Le lien avec l’employeur ne compte que si les lecteurs le voient avant que le réseau coupe la publication par «\u202Fvoir plus\u202F». Laissez un réseau vide pour garder la valeur par défaut de Candor, prise au plus bas pour que ce que Candor juge visible le soit. Ce que vous indiquez pour un réseau remplace sa valeur par défaut.',
    networks: { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' },
    byDefault: (characters, lines) =>
      `Par défaut\u202F: ${characters} caractères${lines === undefined ? '' : ` ou ${lines} lignes, selon ce qui vient en premier`}.`,
    xCounting: 'Les caractères sont comptés comme X les compte (un emoji ou un caractère chinois compte 2, un lien 23).',
    characters: 'Caractères visibles',
    charactersHelp: 'Vide\u202F: la valeur par défaut.',
    lines: 'Lignes visibles',
    linesHelp: 'Seulement si le réseau coupe par lignes. Facultatif.',
  },
);

const DISCLOSURE: Path = ['rules', 'disclosure'];
const PREVIEW: Path = [...DISCLOSURE, 'preview'];

export function Disclosure() {
  const { value, locale } = useStudio();
  const words = WORDS[locale];
  const promotesOnly = getAt(value, [...DISCLOSURE, 'when']) === 'endorsement';
  return (
    <div>
      <p>{words.intro}</p>
      <h3>{words.lineTitle}</h3>
      <InsertedTextFields rule={DISCLOSURE} own={words} placementFallback="start" />

      <h3>{words.whenTitle}</h3>
      <TriggersField path={[...DISCLOSURE, 'triggers']} label={words.triggers} help={words.triggersHelp} />
      <SelectField path={[...DISCLOSURE, 'when']} label={words.when} help={words.whenHelp} options={Object.entries(words.whenOptions)} fallback="mention" />
      {promotesOnly && <TermsField path={[...DISCLOSURE, 'endorsementCues']} label={words.cues} help={words.cuesHelp} />}

      <h3>{words.wordingsTitle}</h3>
      <TermsField path={[...DISCLOSURE, 'variants']} label={words.variants} help={words.variantsHelp} />
      <TermsField path={[...DISCLOSURE, 'weakVariants']} label={words.weakVariants} help={words.weakVariantsHelp} />

      <h3>{words.previewTitle}</h3>
      <p>{words.previewIntro}</p>
      {/* A network left with nothing is removed, and so is `preview` when no network is left: the format wants
          `characters` in every network it lists, so `{}` there would be an error. */}
      <PruneEmpty within={PREVIEW}>
        {networks.map((network) => {
          const fallback: { characters: number; lines?: number } = DEFAULT_PREVIEWS[network];
          return (
            <fieldset key={network}>
              <legend>{words.networks[network]}</legend>
              <p class="help">
                {words.byDefault(fallback.characters, fallback.lines)}
                {network === 'x' && ` ${words.xCounting}`}
              </p>
              <NumberField path={[...PREVIEW, network, 'characters']} label={words.characters} help={words.charactersHelp} min={20} max={100_000} />
              <NumberField path={[...PREVIEW, network, 'lines']} label={words.lines} help={words.linesHelp} min={1} max={1_000} />
            </fieldset>
          );
        })}
      </PruneEmpty>
    </div>
  );
}
