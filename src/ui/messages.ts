/**
 * Candor's own UI text, in English and French. Policy texts (explanations, disclaimers) come from the policy;
 * these are the words around them. French must say everything English says (the type checks it).
 */
import type { FindingKind } from '../engine/types';

const en = {
  summary: (count: number) => (count === 1 ? '1 suggestion for this post' : `${count} suggestions for this post`),
  show: 'Show',
  hide: 'Hide',
  addDisclaimer: 'Add disclaimer',
  addDisclosure: 'Add disclosure',
  dismiss: 'Dismiss',
  ask: (name: string) => `Ask ${name}`,
  mentions: 'Mentions',
  copied: 'Could not add it here: the text is on your clipboard, paste it where you want it.',
  unexpected: 'The editor changed the text in an unexpected way: check your post, or undo.',
  privacy: 'Checked on this device. Nothing is sent.',
  policyUrl: 'Policy URL',
  save: 'Save',
  saved: 'Saved. Fetching the policy…',
  managedUrl: 'Set by your organisation: it cannot be changed here.',
  policyUrlHelp: 'Leave empty to use the demo policy bundled with Candor.',
  refreshNow: 'Refresh now',
  inForce: (name: string, version: string) => `${name}, version ${version}`,
  source: { bundled: 'Demo policy bundled with Candor', managed: 'From your organisation', options: 'From the policy URL you set' },
  checked: (when: string) => `Checked ${when}`,
  failed: (when: string) => `Last update failed (${when}):`,
  keptInForce: 'The last good policy stays in force.',
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
  summary: (count) => (count === 1 ? '1 suggestion pour cette publication' : `${count} suggestions pour cette publication`),
  show: 'Afficher',
  hide: 'Masquer',
  addDisclaimer: 'Ajouter la mention',
  addDisclosure: 'Ajouter la précision',
  dismiss: 'Ignorer',
  ask: (name) => `Demander à ${name}`,
  mentions: 'Mentions',
  copied: "Impossible de l'ajouter ici : le texte est dans votre presse-papiers, collez-le où vous voulez.",
  unexpected: "L'éditeur a modifié le texte de façon inattendue : vérifiez votre publication, ou annulez.",
  privacy: 'Vérifié sur cet appareil. Rien n’est envoyé.',
  policyUrl: 'URL de la politique',
  save: 'Enregistrer',
  saved: 'Enregistré. Récupération de la politique…',
  managedUrl: 'Définie par votre organisation : elle ne peut pas être modifiée ici.',
  policyUrlHelp: 'Laissez vide pour utiliser la politique de démonstration fournie avec Candor.',
  refreshNow: 'Actualiser',
  inForce: (name, version) => `${name}, version ${version}`,
  source: {
    bundled: 'Politique de démonstration fournie avec Candor',
    managed: 'Fournie par votre organisation',
    options: "Depuis l'URL que vous avez indiquée",
  },
  checked: (when) => `Vérifiée ${when}`,
  failed: (when) => `Échec de la dernière mise à jour (${when}) :`,
  keptInForce: 'La dernière politique valide reste en vigueur.',
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
