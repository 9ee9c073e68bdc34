// @vitest-environment happy-dom
/**
 * The outcomes of an insertion, on a plain editable box whose reaction to input the test controls. The real
 * editors (Draft.js, Quill, Lexical) are driven end to end in test/e2e/nudge.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setBody } from '../dom';
import { insertText } from '../../src/editor/insert';
import { readDraft } from '../../src/editor/text';

function editorWith(text: string): HTMLElement {
  const editor = setBody('<div contenteditable="true"><p></p></div>');
  editor.querySelector('p')!.textContent = text;
  return editor;
}

/** An editor that accepts pasted text by writing `transform(pasted)` at the end of its paragraph. */
function acceptPaste(editor: HTMLElement, transform = (pasted: string) => pasted) {
  editor.addEventListener('paste', (event) => {
    const pasted = (event as ClipboardEvent).clipboardData!.getData('text/plain');
    editor.querySelector('p')!.append(transform(pasted));
  });
}

/** happy-dom has no execCommand: each test says how the browser answers it. */
function execCommand(implementation: (command: string, ui?: boolean, value?: string) => boolean) {
  Object.defineProperty(document, 'execCommand', { value: vi.fn(implementation), configurable: true, writable: true });
  return document.execCommand as unknown as ReturnType<typeof vi.fn>;
}
const refused = () => execCommand(() => false);

afterEach(() => vi.restoreAllMocks());

describe('insertText', () => {
  it('falls back to a paste when the browser refuses the command, and verifies the result', async () => {
    const editor = editorWith('Acme rocks');
    refused();
    acceptPaste(editor);
    expect(await insertText(editor, 'Views are my own.', 'end')).toBe('inserted');
    expect(readDraft(editor)).toBe('Acme rocks Views are my own.');
  });

  it('does not paste when the command was accepted, even if the editor applies it late', async () => {
    const editor = editorWith('Acme rocks');
    const paste = vi.fn();
    editor.addEventListener('paste', paste);
    execCommand((_, __, value) => {
      setTimeout(() => editor.querySelector('p')!.append(value!), 100); // an editor that takes its time
      return true;
    });
    expect(await insertText(editor, 'Views are my own.', 'end')).toBe('inserted');
    expect(paste).not.toHaveBeenCalled();
    expect(readDraft(editor)).toBe('Acme rocks Views are my own.');
  });

  it('accepts the no-break space a browser leaves at the end of a line', async () => {
    const editor = editorWith('Acme rocks\u00a0');
    refused();
    acceptPaste(editor);
    expect(await insertText(editor, 'Views are my own.', 'end')).toBe('inserted');
  });

  it('leaves the draft alone, and the clipboard too, when nothing takes', async () => {
    const editor = editorWith('Acme rocks');
    refused();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    expect(await insertText(editor, 'Views are my own.', 'end')).toBe('not-inserted');
    expect(writeText).not.toHaveBeenCalled();
    expect(readDraft(editor)).toBe('Acme rocks');
  });

  it('types nothing when the page moves the caret into another box while Candor waits', async () => {
    const editor = editorWith('Acme rocks');
    const other = document.createElement('textarea');
    document.body.append(other);
    const command = execCommand(() => true);
    acceptPaste(editor);
    editor.addEventListener('focus', () => setTimeout(() => other.focus(), 5)); // a page script, within the wait
    expect(await insertText(editor, 'Views are my own.', 'end')).toBe('moved');
    expect(command).not.toHaveBeenCalled();
    expect(readDraft(editor)).toBe('Acme rocks');
    expect(other.value).toBe('');
  });

  it('types nothing when the page selects part of the draft while Candor waits (typing would replace it)', async () => {
    const editor = editorWith('Acme rocks');
    const command = execCommand(() => true);
    const text = editor.querySelector('p')!.firstChild!;
    const selectAcme = () => document.getSelection()!.setBaseAndExtent(text, 0, text, 4);
    // Once during the first wait (Candor puts its caret back, as it does for ProseMirror), once during the second.
    editor.addEventListener('focus', () => [5, 45].forEach((ms) => setTimeout(selectAcme, ms)));
    expect(await insertText(editor, 'Views are my own.', 'end')).toBe('moved');
    expect(command).not.toHaveBeenCalled();
  });

  it('says the editor was replaced when the site re-renders it while Candor waits, and types into neither', async () => {
    const editor = editorWith('Acme rocks');
    const command = execCommand(() => true);
    editor.addEventListener('focus', () =>
      setTimeout(() => {
        const successor = editor.cloneNode(true) as HTMLElement;
        editor.replaceWith(successor);
        successor.focus();
      }, 5),
    );
    expect(await insertText(editor, 'Views are my own.', 'end')).toBe('replaced');
    expect(command).not.toHaveBeenCalled();
  });

  it('reports an editor that changed the text differently, without touching it again', async () => {
    const editor = editorWith('Acme rocks');
    refused();
    acceptPaste(editor, (pasted) => pasted.toUpperCase());
    expect(await insertText(editor, 'Views are my own.', 'end')).toBe('unexpected');
    expect(readDraft(editor)).toBe('Acme rocks VIEWS ARE MY OWN.');
  });
});
