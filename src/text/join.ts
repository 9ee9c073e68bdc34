/** Adding a piece of text (a disclaimer, a disclosure) to the start or end of a draft: one space between, never two. */

/** The text to add, with a space between it and the draft when the draft has no whitespace there already. */
export function pieceToAdd(draft: string, text: string, placement: 'start' | 'end'): string {
  if (draft.trim() === '') return text;
  return placement === 'start' ? (/^\s/.test(draft) ? text : `${text} `) : /\s$/.test(draft) ? text : ` ${text}`;
}

/** The draft with the piece added. */
export function withPiece(draft: string, text: string, placement: 'start' | 'end'): string {
  const added = pieceToAdd(draft, text, placement);
  return placement === 'start' ? added + draft : draft + added;
}
