import type { SiteAdapter } from './adapter';

/** LinkedIn: Quill editors in the share box modal and in comment boxes. */
export const linkedin: SiteAdapter = {
  network: 'linkedin',
  hosts: ['www.linkedin.com'],
  editorSelector: '.ql-container > .ql-editor[contenteditable="true"]',
  anchorOf: (editor) => editor.closest<HTMLElement>('.ql-container') ?? editor,
  // LinkedIn does not show the acting member's handle in the composer; unknown is fine.
  account: () => undefined,
};
