// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setBody } from '../dom';
import { caretOffset, placeCaret, readDraft } from '../../src/editor/text';

/** Editor DOM as each library renders two paragraphs, "Hello Acme" and "second line", plus an empty one. */
const EDITORS = {
  draft: `<div contenteditable="true" class="public-DraftEditor-content"><div data-contents="true">
    <div data-block="true" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="a-0-0"><span data-text="true">Hello </span></span><span><span data-text="true">Acme</span></span></div></div>
    <div data-block="true" data-offset-key="b-0-0"><div class="public-DraftStyleDefault-block"><span><span data-text="true">second line</span></span></div></div>
    <div data-block="true" data-offset-key="c-0-0"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>
  </div></div>`,
  quill: `<div class="ql-editor" contenteditable="true"><p>Hello <strong>Acme</strong></p><p>second line</p><p><br></p></div>`,
  lexical: `<div contenteditable="true" role="textbox" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Hello </span><b><strong data-lexical-text="true">Acme</strong></b></p><p><span data-lexical-text="true">second line</span></p><p><br></p></div>`,
  list: `<div contenteditable="true"><p>Hello Acme</p><ul><li>second line</li><li><br></li></ul></div>`,
};

function mount(html: string): HTMLElement {
  return setBody(html);
}

describe.each(Object.entries(EDITORS))('%s editor', (_, html) => {
  it('reads blocks joined by one newline', () => {
    expect(readDraft(mount(html))).toBe('Hello Acme\nsecond line\n');
  });

  it.each([0, 3, 6, 10, 11, 15, 22, 23])('places and reads back the caret at offset %i', (offset) => {
    const editor = mount(html);
    placeCaret(editor, offset);
    expect(caretOffset(editor)).toBe(offset);
  });

  it('clamps the caret to the end of the draft', () => {
    const editor = mount(html);
    placeCaret(editor, 999);
    expect(caretOffset(editor)).toBe(23);
  });
});

describe('other editables', () => {
  it('reads and moves the caret in a textarea', () => {
    const area = mount('<textarea>Hello\nAcme</textarea>') as HTMLTextAreaElement;
    expect(readDraft(area)).toBe('Hello\nAcme');
    placeCaret(area, 7);
    expect(caretOffset(area)).toBe(7);
  });

  it('reads a bare contenteditable with loose text', () => {
    expect(readDraft(mount('<div contenteditable="true">Hello <b>Acme</b></div>'))).toBe('Hello Acme');
  });

  it('knows when the selection is elsewhere', () => {
    const editor = mount('<div><div contenteditable="true"><p>a</p></div><p id="other">b</p></div>').firstElementChild as HTMLElement;
    document.getSelection()!.collapse(document.getElementById('other')!.firstChild, 0);
    expect(caretOffset(editor)).toBeUndefined();
  });
});
