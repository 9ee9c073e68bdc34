/**
 * Candor's own words around the nudge, in English and French (the pages' words are in `page-messages.ts`, so
 * the content script carries only these). Policy texts (explanations, disclaimers) come from the policy.
 * French must say everything English says (the type checks it).
 */
import type { FindingKind } from '../engine/types';

/** Where the draft will appear (the site adapters tell the content script). */
export type Surface = 'post' | 'reply' | 'comment';

const en = {
  summary: (count: number, surface: Surface = 'post') =>
    `${count} suggestion${count === 1 ? '' : 's'} for this ${surface}`,
  show: 'Show',
  hide: 'Hide',
  addDisclaimer: 'Add disclaimer',
  addDisclosure: 'Add disclosure',
  addAtStart: 'Add at the start',
  nameCompany: 'Name the company',
  hidden: 'Readers see only the first lines, and skim past a run of hashtags: say it at the start.',
  weak: (wording: string) => `"${wording}" does not say clearly which company you work for.`,
  shortForm: (text: string, limit: number) => `Adds the short form "${text}", to fit X's ${limit} characters.`,
  overLimit: (length: number, limit: number) => `With it, the post would be ${length} characters; X allows ${limit}: shorten it first.`,
  shortFormOverLimit: (text: string, length: number, limit: number) =>
    `Adds the short form "${text}"; even so, the post would be ${length} characters of X's ${limit}: shorten it first.`,
  dismiss: 'Dismiss',
  ask: (name: string) => `Ask ${name}`,
  mentions: 'Mentions',
  /** Between a label and what follows: French sets a narrow no-break space before the colon. */
  colon: ': ',
  notInserted: 'This box did not take the text, so nothing was added.',
  moved: 'Your cursor moved before Candor could add the text, so nothing was added.',
  replaced: 'The site redrew this box while Candor was adding the text, so nothing was added.',
  copyText: 'Copy text',
  copied: 'Copied. Paste it where you want it.',
  copyFailed: 'Could not copy. The text is in the Candor popup, under "What to add to your posts".',
  unexpected: 'The editor changed the text in an unexpected way: check your post, or undo.',
  reloadPage: 'Candor was updated or switched off, so it no longer checks this page. Reload the page to get its suggestions again.',
  privacy: 'Checked on this device. Nothing is sent.',
  demoPolicy: 'Demo policy, for a fictional company.',
  seemsWrong: 'This seems wrong',
  title: {
    'employer-mention': 'Your employer',
    'competitor-mention': 'Competitor',
    'product-mention': 'Product',
    'unreleased-product': 'Unreleased product',
    'confidential-product': 'Confidential',
    'missing-disclaimer': 'Personal opinion',
    'missing-disclosure': 'Say you work there',
    'hidden-disclosure': 'Disclosure out of sight',
    'weak-disclosure': 'Say whose employee',
    'needs-approval': 'Needs approval',
    avoid: 'Best avoided',
    'corporate-account': 'Corporate account',
    protected: 'Your right',
  } satisfies Record<FindingKind, string>,
};

export type Messages = typeof en;

const fr: Messages = {
  summary: (count, surface = 'post') =>
    `${count} suggestion${count === 1 ? '' : 's'} pour ${{ post: 'cette publication', reply: 'cette réponse', comment: 'ce commentaire' }[surface]}`,
  show: 'Afficher',
  hide: 'Masquer',
  addDisclaimer: 'Ajouter la mention',
  addDisclosure: 'Ajouter la précision',
  addAtStart: 'Ajouter au début',
  nameCompany: "Nommer l'entreprise",
  hidden: "On ne lit que les premières lignes, et on survole les hashtags\u202F: dites-le au début.",
  weak: (wording) => `«\u202F${wording}\u202F» ne dit pas clairement pour quelle entreprise vous travaillez.`,
  shortForm: (text, limit) => `Ajoute la forme courte «\u202F${text}\u202F», pour tenir dans les ${limit} caractères de X.`,
  overLimit: (length, limit) => `Avec ce texte, la publication ferait ${length} caractères\u202F; X en permet ${limit}\u202F: raccourcissez-la d’abord.`,
  shortFormOverLimit: (text, length, limit) =>
    `Ajoute la forme courte «\u202F${text}\u202F»\u202F; même ainsi, la publication ferait ${length} caractères sur les ${limit} de X\u202F: raccourcissez-la d’abord.`,
  dismiss: 'Ignorer',
  ask: (name) => `Demander à ${name}`,
  mentions: 'Mentions',
  /** Espace fine insécable avant le deux-points. */
  colon: '\u202F: ',
  notInserted: "Ce champ n'a pas pris le texte\u202F: rien n'a été ajouté.",
  moved: "Le curseur a bougé avant que Candor n'ajoute le texte\u202F: rien n'a été ajouté.",
  replaced: "Le site a redessiné ce champ pendant l'ajout\u202F: rien n'a été ajouté.",
  copyText: 'Copier le texte',
  copied: 'Copié. Collez-le où vous voulez.',
  copyFailed: 'Copie impossible. Le texte est dans la fenêtre de Candor, sous «\u202FÀ ajouter à vos publications\u202F».',
  unexpected: "L'éditeur a modifié le texte de façon inattendue\u202F: vérifiez votre publication, ou annulez.",
  reloadPage: "Candor a été mis à jour ou désactivé\u202F: il ne vérifie plus cette page. Rechargez-la pour retrouver ses suggestions.",
  privacy: 'Vérifié sur cet appareil. Rien n’est envoyé.',
  demoPolicy: 'Politique de démonstration (entreprise fictive).',
  seemsWrong: 'Cela semble erroné',
  title: {
    'employer-mention': 'Votre employeur',
    'competitor-mention': 'Concurrent',
    'product-mention': 'Produit',
    'unreleased-product': 'Produit non annoncé',
    'confidential-product': 'Confidentiel',
    'missing-disclaimer': 'Opinion personnelle',
    'missing-disclosure': 'Dites que vous y travaillez',
    'hidden-disclosure': 'Précision peu visible',
    'weak-disclosure': 'Précisez quelle entreprise',
    'needs-approval': 'Accord nécessaire',
    avoid: 'À éviter',
    'corporate-account': "Compte de l'entreprise",
    protected: 'Votre droit',
  },
};

export function messagesFor(locale: 'en' | 'fr'): Messages {
  return locale === 'fr' ? fr : en;
}
