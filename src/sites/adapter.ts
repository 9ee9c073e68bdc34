import type { Network } from '../policy/types';

/** Where a draft will be published: Candor nudges on these. */
export type PublicSurface = 'post' | 'reply' | 'comment';

/**
 * What a compose box is to Candor: a public surface, a private one (direct messages, chats: a user writing to a
 * friend about their job is not publishing), or something else entirely (search, an AI assistant's prompt box).
 */
export type Surface = PublicSurface | 'private' | 'other';

/** Who the draft will be posted as, as far as the page shows it. */
export interface Account {
  /** "@acme" on X, a page's username or vanity name elsewhere. */
  readonly handle?: string;
  /** The name the page shows for the acting account ("Comment as Acme Corp"), where it shows no handle. */
  readonly name?: string;
}

/**
 * What Candor needs to know about one network's pages. One file per network implements it; adding a network
 * means adding one file, listing it in `./index.ts` and its hosts in `./hosts.ts` (by its `network`). Editors themselves are found by their engine
 * (src/editor/engines.ts); the site says what each one is for.
 */
export interface SiteAdapter {
  readonly network: Network;
  /** Elements whose open shadow roots hold compose boxes (invisible to document-level queries and observers). */
  readonly shadowHosts?: string;
  /**
   * What this editable element is for, on the page at `url`; undefined when the site's markers say nothing
   * (a redesign): then a generic rule decides.
   */
  surfaceOf(editor: HTMLElement, url: URL): Surface | undefined;
  /** The element whose box the nudge sits beside: the visible compose box around the editor. */
  anchorOf(editor: HTMLElement): HTMLElement;
  /** The account the draft in `editor` will be posted as, where the page shows it. */
  accountOf(editor: HTMLElement, url: URL): Account | undefined;
}

const PUBLIC: ReadonlySet<Surface> = new Set<Surface>(['post', 'reply', 'comment']);

export const isPublic = (surface: Surface | undefined): surface is PublicSurface => surface !== undefined && PUBLIC.has(surface);

// What a box's own label says it is for, in English and French.
const SEARCH_OR_PROMPT_LABEL = /\b(search|rechercher|recherche|grok|ask|demander)\b/i;
const CONVERSATION_LABEL = /\b(messages?|chat|conversation|discussion)\b/i;

/**
 * For a box no site marker explains (a redesign): search fields, message and chat boxes, and prompt boxes say so
 * in their role or label; anything else is taken for a post, since nudging on a real composer beats silence.
 */
export function genericSurface(editor: HTMLElement): Surface {
  const role = editor.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox' || editor.closest('[role="search"], search')) return 'other';
  const label = ['aria-label', 'placeholder', 'aria-placeholder'].map((name) => editor.getAttribute(name) ?? '').join(' ');
  if (SEARCH_OR_PROMPT_LABEL.test(label)) return 'other';
  // A conversation in any language: a message log beside the box, in the same window.
  const window = editor.closest('[role="dialog"], [role="complementary"], aside');
  if (CONVERSATION_LABEL.test(label) || window?.querySelector('[role="log"]')) return 'private';
  return 'post';
}
