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
  dismiss: 'Dismiss',
  ask: (name: string) => `Ask ${name}`,
  mentions: 'Mentions',
  copied: 'Could not add it here: the text is on your clipboard, paste it where you want it.',
  notInserted: 'Could not add it here. Copy it from the Candor popup and paste it yourself.',
  unexpected: 'The editor changed the text in an unexpected way: check your post, or undo.',
  privacy: 'Checked on this device. Nothing is sent.',
  seemsWrong: 'This seems wrong',
  title: {
    'employer-mention': 'Your employer',
    'competitor-mention': 'Competitor',
    'product-mention': 'Product',
    'unreleased-product': 'Unreleased product',
    'confidential-product': 'Confidential',
    'missing-disclaimer': 'Personal opinion',
    'missing-disclosure': 'Say you work there',
    'needs-approval': 'Needs approval',
    avoid: 'Best avoided',
    'corporate-account': 'Corporate account',
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
  dismiss: 'Ignorer',
  ask: (name) => `Demander à ${name}`,
  mentions: 'Mentions',
  copied: "Impossible de l'ajouter ici : le texte est dans votre presse-papiers, collez-le où vous voulez.",
  notInserted: "Impossible de l'ajouter ici. Copiez-le depuis la fenêtre de Candor et collez-le vous-même.",
  unexpected: "L'éditeur a modifié le texte de façon inattendue : vérifiez votre publication, ou annulez.",
  privacy: 'Vérifié sur cet appareil. Rien n’est envoyé.',
  seemsWrong: 'Cela semble erroné',
  title: {
    'employer-mention': 'Votre employeur',
    'competitor-mention': 'Concurrent',
    'product-mention': 'Produit',
    'unreleased-product': 'Produit non annoncé',
    'confidential-product': 'Confidentiel',
    'missing-disclaimer': 'Opinion personnelle',
    'missing-disclosure': 'Dites que vous y travaillez',
    'needs-approval': 'Accord nécessaire',
    avoid: 'À éviter',
    'corporate-account': "Compte de l'entreprise",
  },
};

export function messagesFor(locale: 'en' | 'fr'): Messages {
  return locale === 'fr' ? fr : en;
}
