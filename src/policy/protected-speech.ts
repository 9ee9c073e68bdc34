import { foldTerm } from '../text/fold';

/**
 * Subjects that labour law protects when employees talk about them: pay, working conditions, unions, strikes,
 * layoffs, harassment and discrimination, whistleblowing, safety at work. A company policy that forbids or flags
 * such a term could chill speech the law protects, so `protectedSubjectOf` tells which subject a policy term
 * touches and the caller can say so (it never decides for the company: a term is data, not a verdict).
 *
 * Sources, with their dates:
 * - US: NLRA §7, 29 U.S.C. §157 (self-organisation and "other concerted activities for … mutual aid or
 *   protection"); NLRB, "Your Right to Discuss Wages" (nlrb.gov, undated page); Stericycle, Inc., 372 NLRB No. 113
 *   (Aug. 2, 2023): a work rule is presumptively unlawful if it has "a reasonable tendency to chill" §7 activity;
 *   NLRB Acting General Counsel reports on social media cases OM 11-74 (Aug. 18, 2011), OM 12-31 (Jan. 24, 2012)
 *   and OM 12-59 (May 30, 2012); Three D, LLC (Triple Play), 361 NLRB No. 31 (Aug. 22, 2014), aff'd 2d Cir.
 *   Oct. 21, 2015 (a Facebook "like" was concerted activity); OSH Act §11(c), 29 U.S.C. §660(c) (safety complaints).
 * - France: Code du travail L1121-1 (restrictions on liberties must be justified and proportionate), L2281-1
 *   (expression directe et collective sur les conditions de travail), Préambule de 1946 al. 6 (action syndicale)
 *   and al. 7 (grève), L2141-1, L2511-1 (no dismissal for striking save faute lourde), L1152-2 and L1153-3
 *   (reporting harassment), L4131-1 and L4131-3 (droit d'alerte et de retrait); loi Sapin II n° 2016-1691
 *   (Dec. 9, 2016) as amended by loi Waserman n° 2022-401 (Mar. 21, 2022) on lanceurs d'alerte.
 * - EU: Directive (EU) 2019/1937 of Oct. 23, 2019 on the protection of persons who report breaches of Union law.
 *
 * Words are stored as people write them (accents and all) and folded once at load, like policy terms. A word
 * matches when its folded word sequence appears as consecutive words of the folded term; its last word may carry a
 * simple plural "s" or "x" ("layoff" → "layoffs", "bureau" → "bureaux"). Other plurals are listed outright
 * ("salaries", "plans sociaux", "lanceurs d'alerte"). Matching compares strings and arrays only: no pattern is ever
 * built from a term or a word.
 *
 * Left out on purpose, because a policy term using them is as likely to mean something else and a warning there
 * would only annoy: "pay" alone (Apple Pay, Acme Pay, pay-per-click: the pay phrases are listed instead), "payroll"
 * and "paie" alone (payroll software is a product), "raise" (raise funds, raise awareness), "bonus" and "prime"
 * alone (bonus track, Amazon Prime, prime time, insurance premium), "union" and "unions" alone (European Union,
 * Union Station, credit union, SQL UNION), "organizing", "benefits", "workload" (cloud workloads), "safety" and
 * "sécurité" alone (product safety, brand safety, data security), "redundancy" alone (network redundancy),
 * "dismissal" alone (a court's dismissal of a case), "termination", "firing", "restructuring"/"restructuration"
 * (contracts, TLS, debt), "augmentation" alone, "licencié" (a sports licence holder), "signalement" (bug or content
 * reports), "remote work" and "télétravail" (products of collaboration-software companies), acronyms with other
 * common senses ("CSE", "RTO", "PTO", "RIF", "NAO").
 * Kept although ambiguous, as the labour sense dominates in a company's policy: "strike" (a bowling strike is an
 * acceptable false alarm), "overtime" (sports overtime), "wage", "compensation", "discrimination", "severance",
 * "syndicat", "PSE" (the French job-protection plan; also a US utility's name). NOT_PROTECTED below excepts their
 * known other senses ("strike price", "price discrimination", "chambre de compensation", "syndicat des
 * copropriétaires"…), and the union phrases' ("European Union election").
 */

export interface ProtectedSubject {
  readonly id: string;
  readonly label: { en: string; fr: string };
  readonly law: { en: string; fr: string };
  readonly words: readonly string[];
}

const NLRA_7 = 'NLRA §7, 29 U.S.C. §157';

export const PROTECTED_SUBJECTS: readonly ProtectedSubject[] = [
  {
    id: 'pay',
    label: { en: 'Pay and wages', fr: 'Salaires et rémunération' },
    law: {
      en:
        `US: ${NLRA_7} (discussing wages is concerted activity; NLRB "Your Right to Discuss Wages").` +
        ` France: Code du travail L1121-1, L2281-1.`,
      fr:
        `États-Unis : ${NLRA_7} (parler des salaires est une activité concertée protégée).` +
        ` France : Code du travail L1121-1, L2281-1.`,
    },
    words: [
      'wage', 'minimum wage', 'wage theft', 'salary', 'salaries', 'paycheck', 'paycheque', 'payslip',
      'pay slip', 'pay stub', 'pay rise', 'pay raise', 'pay cut', 'pay freeze', 'pay gap', 'equal pay', 'pay equity',
      'pay transparency', 'pay scale', 'pay range', 'pay band', 'back pay', 'overtime pay', 'sick pay', 'holiday pay',
      'compensation', 'salary increase', 'bonus pool', 'annual bonus', 'year-end bonus',
      'salaire', 'rémunération', 'fiche de paie', 'bulletin de paie', 'salarial', 'salariale',
      'salariaux', 'masse salariale', 'augmentation de salaire', 'augmentations de salaire', 'égalité salariale',
      'écart de salaire', 'écarts de salaire', 'intéressement', 'prime de fin d\'année', '13e mois',
      'treizième mois',
    ],
  },
  {
    id: 'conditions',
    label: { en: 'Working conditions and hours', fr: 'Conditions et temps de travail' },
    law: {
      en:
        `US: ${NLRA_7} (terms and conditions of employment). France: Code du travail L2281-1 ` +
        `(expression directe et collective), L1121-1.`,
      fr:
        `États-Unis : ${NLRA_7} (conditions d'emploi). France : Code du travail L2281-1 ` +
        `(expression directe et collective sur les conditions de travail), L1121-1.`,
    },
    words: [
      'working conditions', 'working condition', 'work conditions', 'conditions of employment', 'working hours',
      'work hours', 'overtime', 'unpaid overtime', 'burnout', 'understaffing', 'understaffed',
      'sick leave', 'parental leave', 'maternity leave', 'paternity leave', 'paid leave', 'return to office',
      'condition de travail', 'conditions de travail', 'temps de travail', 'horaires de travail', 'charge de travail',
      'heure supplémentaire', 'heures supplémentaires', 'congé payé', 'congés payés', 'arrêt maladie',
      'arrêts maladie', 'arrêt de travail', 'arrêts de travail', 'sous-effectif', 'épuisement professionnel',
      'risque psychosocial', 'risques psychosociaux', 'souffrance au travail',
    ],
  },
  {
    id: 'unions',
    label: { en: 'Unions and organising', fr: 'Syndicats et représentation du personnel' },
    law: {
      en:
        `US: ${NLRA_7} (to form, join or assist labor organizations, to bargain collectively).` +
        ` France: Préambule de 1946 al. 6, Code du travail L2141-1.`,
      fr:
        `États-Unis : ${NLRA_7} (constituer un syndicat, y adhérer, négocier collectivement).` +
        ` France : Préambule de 1946 al. 6, Code du travail L2141-1.`,
    },
    words: [
      'labor union', 'labour union', 'trade union', 'union organizing', 'union organising', 'union drive',
      'union busting', 'union-busting', 'union rep', 'union representative', 'union dues', 'union election',
      'union vote', 'unionize', 'unionise', 'unionizing', 'unionising',
      'unionized', 'unionised', 'unionization', 'unionisation', 'organized labor', 'organised labour',
      'collective bargaining', 'collective agreement', 'bargaining unit', 'shop steward', 'works council', 'NLRB',
      'syndicat', 'syndical', 'syndicale', 'syndicaux', 'syndiqué', 'syndiquée', 'syndiquer', 'syndicalisme',
      'syndicaliste', 'délégué du personnel', 'délégués du personnel', 'représentant du personnel',
      'représentants du personnel', 'comité social et économique', 'comité d\'entreprise', 'comités d\'entreprise',
      'négociation collective', 'négociations collectives', 'accord collectif', 'accords collectifs',
      'convention collective', 'conventions collectives', 'négociation annuelle obligatoire',
    ],
  },
  {
    id: 'strikes',
    label: { en: 'Strikes and walkouts', fr: 'Grèves et débrayages' },
    law: {
      en:
        `US: ${NLRA_7} (concerted activities) and NLRA §13, 29 U.S.C. §163 (right to strike).` +
        ` France: Préambule de 1946 al. 7, Code du travail L2511-1.`,
      fr:
        `États-Unis : ${NLRA_7} et NLRA §13, 29 U.S.C. §163 (droit de grève).` +
        ` France : Préambule de 1946 al. 7, Code du travail L2511-1.`,
    },
    words: [
      'strike', 'walkout', 'picket line', 'picketing', 'work stoppage',
      'grève', 'gréviste', 'préavis de grève', 'débrayage', 'mouvement social', 'mouvements sociaux',
    ],
  },
  {
    id: 'layoffs',
    label: { en: 'Layoffs and dismissals', fr: 'Licenciements et suppressions de postes' },
    law: {
      en:
        `US: ${NLRA_7} (job security is a term of employment).` +
        ` France: Code du travail L1121-1 (liberté d'expression), L2281-1.`,
      fr:
        `États-Unis : ${NLRA_7} (la sécurité de l'emploi est une condition d'emploi).` +
        ` France : Code du travail L1121-1 (liberté d'expression), L2281-1.`,
    },
    words: [
      'layoff', 'lay off', 'lay-off', 'laid off', 'mass layoff', 'redundancies', 'made redundant', 'redundancy pay',
      'redundancy plan', 'compulsory redundancy', 'voluntary redundancy', 'unfair dismissal', 'wrongful dismissal',
      'constructive dismissal',
      'job cut', 'job cuts', 'headcount reduction', 'reduction in force', 'reductions in force', 'workforce reduction',
      'downsizing', 'severance', 'furlough',
      'licenciement', 'plan social', 'plans sociaux', 'plan de sauvegarde de l\'emploi', 'PSE',
      'suppression de poste', 'suppressions de poste', 'suppression d\'emploi', 'suppressions d\'emploi',
      'rupture conventionnelle', 'ruptures conventionnelles', 'départ volontaire', 'départs volontaires',
      'chômage partiel', 'fermeture de site', 'fermeture d\'usine',
    ],
  },
  {
    id: 'harassment',
    label: { en: 'Harassment and discrimination', fr: 'Harcèlement et discriminations' },
    law: {
      en:
        `US: ${NLRA_7} (employees raising workplace complaints together). France: Code du travail L1152-2 ` +
        `(harcèlement moral), L1153-3 (harcèlement sexuel).`,
      fr:
        `États-Unis : ${NLRA_7} (plaintes collectives sur le lieu de travail). France : Code du travail L1152-2 ` +
        `(harcèlement moral), L1153-3 (harcèlement sexuel).`,
    },
    words: [
      'harassment', 'discrimination', 'hostile work environment', 'bullying', 'MeToo', 'racism', 'sexism', 'EEOC',
      'harcèlement', 'agissement sexiste', 'agissements sexistes', 'sexisme', 'racisme',
    ],
  },
  {
    id: 'whistleblowing',
    label: { en: 'Whistleblowing', fr: 'Lancement d\'alerte' },
    law: {
      en:
        'EU: Directive (EU) 2019/1937. France: loi Sapin II (2016) as amended by loi Waserman (2022).' +
        ' US: NLRA §7 where concerted.',
      fr:
        'UE : directive (UE) 2019/1937. France : loi Sapin II (2016) modifiée par la loi Waserman (2022).' +
        ' États-Unis : NLRA §7 si l\'action est concertée.',
    },
    words: [
      'whistleblower', 'whistleblowing', 'whistle-blower', 'whistle-blowing', 'blow the whistle', 'blew the whistle',
      'blowing the whistle', 'protected disclosure',
      'lanceur d\'alerte', 'lanceurs d\'alerte', 'lanceuse d\'alerte', 'lanceuses d\'alerte', 'alerte éthique',
    ],
  },
  {
    id: 'safety',
    label: { en: 'Health and safety at work', fr: 'Santé et sécurité au travail' },
    law: {
      en:
        `US: ${NLRA_7}; OSH Act §11(c), 29 U.S.C. §660(c) (safety complaints).` +
        ` France: Code du travail L4131-1, L4131-3 (droit d'alerte et de retrait).`,
      fr:
        `États-Unis : ${NLRA_7} ; OSH Act §11(c), 29 U.S.C. §660(c). France : Code du travail L4131-1, L4131-3 ` +
        `(droit d'alerte et de retrait).`,
    },
    words: [
      'workplace safety', 'work safety', 'job safety', 'safety at work', 'health and safety', 'occupational safety',
      'occupational health', 'OSHA', 'unsafe workplace', 'unsafe work', 'workplace injury', 'workplace accident',
      'accident at work', 'injury at work', 'work accident',
      'sécurité au travail', 'santé au travail', 'accident du travail', 'accidents du travail',
      'maladie professionnelle', 'droit de retrait', 'droit d\'alerte', 'danger grave et imminent',
      'inspection du travail', 'inspecteur du travail', 'médecine du travail', 'CHSCT', 'CSSCT',
    ],
  },
];

/**
 * Phrases that share words with a protected phrase but mean something else: a match overlapping one of them does
 * not count ("European Union election", "strike price", "syndicat des copropriétaires"). Folded and matched like
 * the words (plural on the last word allowed).
 */
const NOT_PROTECTED: readonly string[] = [
  'european union', 'african union', 'soviet union', 'customs union', 'monetary union', 'banking union',
  'credit union', 'strike price', 'price discrimination', 'carbon compensation', 'severance tax',
  'compensation carbone', 'chambre de compensation', 'syndicat de copropriété', 'syndicat des copropriétaires',
  'syndicat d\'initiative', 'syndicat mixte', 'syndicat intercommunal',
];

/** A letter or digit (after folding): everything else separates words. A fixed class, never built from input. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(ch);
}

/** The words of a folded text, split on every character that is not a letter or digit. */
function wordsOf(folded: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const ch of folded) {
    if (isLetterOrDigit(ch)) word += ch;
    else if (word) {
      words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words;
}

/** One protected (or excepted) phrase as folded words, with what it stands for. */
interface Phrase {
  readonly words: readonly string[];
  /** Index in PROTECTED_SUBJECTS; -1 for an exception. */
  readonly subject: number;
}

/** Phrases by their first folded word, so a term is scanned once whatever the number of phrases. */
function indexPhrases(phrases: readonly Phrase[]): ReadonlyMap<string, readonly Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const first = phrase.words[0]!;
    const list = byFirst.get(first);
    if (list) list.push(phrase);
    else byFirst.set(first, [phrase]);
  }
  return byFirst;
}

function foldedPhrase(text: string, subject: number): Phrase | undefined {
  const words = wordsOf(foldTerm(text));
  return words.length ? { words, subject } : undefined;
}

const PROTECTED_INDEX = indexPhrases(
  PROTECTED_SUBJECTS.flatMap((s, i) => s.words.map((w) => foldedPhrase(w, i)).filter((p) => p !== undefined)),
);
const EXCEPTION_INDEX = indexPhrases(NOT_PROTECTED.map((w) => foldedPhrase(w, -1)).filter((p) => p !== undefined));

/** True when `termWord` is `word` or `word` with a plural "s" or "x". */
function sameOrPlural(termWord: string, word: string): boolean {
  if (termWord === word) return true;
  if (termWord.length !== word.length + 1 || !termWord.startsWith(word)) return false;
  const last = termWord[word.length];
  return last === 's' || last === 'x';
}

/** True when `phrase` appears in `words` starting at `at` (its last word may be plural). */
function phraseAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  const n = phrase.length;
  if (at + n > words.length) return false;
  for (let k = 0; k < n - 1; k++) if (words[at + k] !== phrase[k]) return false;
  return sameOrPlural(words[at + n - 1]!, phrase[n - 1]!);
}

/** The phrases of an index that may start at term word `word`: by exact first word, or a plural one-word phrase. */
function candidates(index: ReadonlyMap<string, readonly Phrase[]>, word: string): readonly Phrase[] {
  const exact = index.get(word) ?? [];
  const last = word[word.length - 1];
  if (word.length < 2 || (last !== 's' && last !== 'x')) return exact;
  const singular = (index.get(word.slice(0, -1)) ?? []).filter((p) => p.words.length === 1);
  return singular.length ? [...exact, ...singular] : exact;
}

/** True when words [from, to) of the term overlap an occurrence of an exception phrase. */
function excepted(words: readonly string[], from: number, to: number): boolean {
  for (let start = 0; start < to; start++) {
    for (const phrase of candidates(EXCEPTION_INDEX, words[start]!)) {
      if (start + phrase.words.length > from && phraseAt(words, start, phrase.words)) return true;
    }
  }
  return false;
}

/**
 * The protected subject a policy term touches, or undefined. When a term touches several, the first in
 * PROTECTED_SUBJECTS order wins ("salary discrimination" is about pay).
 */
export function protectedSubjectOf(term: string): ProtectedSubject | undefined {
  const words = wordsOf(foldTerm(term));
  let best = PROTECTED_SUBJECTS.length;
  for (let at = 0; at < words.length; at++) {
    for (const phrase of candidates(PROTECTED_INDEX, words[at]!)) {
      if (phrase.subject >= best || !phraseAt(words, at, phrase.words)) continue;
      if (excepted(words, at, at + phrase.words.length)) continue;
      best = phrase.subject;
    }
  }
  return PROTECTED_SUBJECTS[best];
}
