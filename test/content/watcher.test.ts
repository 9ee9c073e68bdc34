// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findEditors, watchEditors } from '../../src/content/watcher';
import { facebook } from '../../src/sites/facebook';
import { linkedin } from '../../src/sites/linkedin';
import { htmlNodes, setBody } from '../dom';

// happy-dom lays nothing out: give every element the width of a real compose box.
vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 500, height: 80, top: 0, left: 0, right: 500, bottom: 80, x: 0, y: 0, toJSON: () => ({}) });

const FEED = 'https://www.linkedin.com/feed/';
const ids = (found: [HTMLElement, string][]) => found.map(([editor, surface]) => `${editor.id}:${surface}`);

describe('findEditors', () => {
  it('takes the boxes the site recognises and leaves private ones alone', () => {
    setBody(`<main>
      <div class="share-creation-state"><div id="post" class="ql-editor" contenteditable="true"></div></div>
      <div class="comments-comment-box"><div id="comment" class="ql-editor" contenteditable="true"></div></div>
      <aside class="msg-overlay-conversation-bubble"><div id="chat" class="msg-form__contenteditable" contenteditable="true"></div></aside>
      <textarea id="unknown"></textarea>
    </main>`);
    expect(ids(findEditors([document], linkedin, new URL(FEED)))).toEqual(['post:post', 'comment:comment']);
  });

  it('falls back to any sizeable editable when the site recognises none, but never to messages or search', () => {
    setBody(`<main>
      <div class="sharebox-v2"><div id="post" contenteditable="true" aria-label="Start a post"></div></div>
      <div id="search" contenteditable="true" aria-label="Search"></div>
      <div id="chat" contenteditable="true" aria-label="Write a message…"></div>
    </main>`);
    expect(ids(findEditors([document], linkedin, new URL(FEED)))).toEqual(['post:post']);
  });

  it('finds nothing on a messaging page, whatever the markup', () => {
    setBody('<div class="share-creation-state"><div id="post" class="ql-editor" contenteditable="true"></div></div>');
    expect(findEditors([document], linkedin, new URL('https://www.linkedin.com/messaging/thread/1/'))).toEqual([]);
  });

  it('never nudges Messenger, whose boxes carry the same Lexical markers as posts', () => {
    setBody(`<div id="comment" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="Comment as Jane Doe"></div>
      <div id="chat" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="Message"></div>`);
    expect(ids(findEditors([document], facebook, new URL('https://www.facebook.com/')))).toEqual(['comment:comment']);
  });
});

describe('watchEditors', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
  });

  it('sees the share box LinkedIn renders inside the open shadow root of #interop-outlet', async () => {
    setBody('<div id="root"></div><div id="interop-outlet"></div>');
    const added: string[] = [];
    stop = watchEditors(document, linkedin, (editor, surface) => added.push(`${editor.id}:${surface}`), () => undefined).stop;
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    // A document-level query cannot see into it.
    shadow.append(...htmlNodes('<div class="share-creation-state"><div id="post" class="ql-editor" contenteditable="true"></div></div>'));
    expect(document.querySelectorAll('.ql-editor')).toHaveLength(0);
    document.body.append(document.createElement('div')); // any change in the page makes the watcher look again
    await vi.waitFor(() => expect(added).toEqual(['post:post']));
  });

  it('finds an editor in any open shadow root once the user focuses it', async () => {
    setBody('<div id="widget"></div>');
    const added: string[] = [];
    stop = watchEditors(document, linkedin, (editor) => added.push(editor.id), () => undefined).stop;
    const shadow = document.getElementById('widget')!.attachShadow({ mode: 'open' });
    shadow.append(...htmlNodes('<div data-view-name="comment-box"><div id="comment" class="ProseMirror" contenteditable="true"></div></div>'));
    (shadow.getElementById('comment') as HTMLElement).focus();
    await vi.waitFor(() => expect(added).toEqual(['comment']));
  });
});
