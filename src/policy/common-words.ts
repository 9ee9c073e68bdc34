import { foldTerm } from '../text/fold';

/**
 * Frequent English and French words. A policy term that is one of them (a product called "Focus", a topic term
 * "results") would flag many unrelated drafts, so the validator warns; the policy still loads.
 * Stored folded, as terms are compared after folding.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about after all also an and any are as at be because been but by can come could day do even first for from
  get give go good great have he her here him his how i if in into is it its just know like look make me more most
  my new no not now of on one only or other our out over people say see she so some take than that the their them
  then there these they think this time to two up us use want way we well what when which who will with work would
  year you your today love news team life best free open cloud apple window focus result results share price
  le la les un une des du de et ou mais donc or ni car je tu il elle nous vous ils elles on ce cette ces mon ma mes
  ton ta tes son sa ses notre nos votre vos leur leurs qui que quoi dont où dans sur sous avec sans pour par en au
  aux est sont être avoir fait faire plus moins très bien bon bonne jour an année travail équipe vie prix
  résultat résultats nouveau nouvelle`
    .split(/\s+/)
    .filter(Boolean)
    .map(foldTerm),
);
