// @vitest-environment happy-dom
/** The page-load part of Candor: it waits for the user's own first input in a box, once, and hands the box over. */
import { describe, expect, it, vi } from 'vitest';
import { awaitFirstInput, takeFirstInput } from '../../src/content/first-input';
import { setBody } from '../dom';

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const key = () => new KeyboardEvent('keydown', { key: 'A', bubbles: true, composed: true });

describe('awaitFirstInput', () => {
  it('asks for the coach once, at the first trusted input in an editable element, and hands that element over', () => {
    setBody('<button>Like</button><div contenteditable="true"><p>x</p></div><textarea></textarea>');
    const [button, editor, textarea] = [...document.body.children] as HTMLElement[];
    const onFirstInput = vi.fn();
    awaitFirstInput(window, onFirstInput);

    editor!.dispatchEvent(key()); // forged by the page: isTrusted is false
    editor!.dispatchEvent(new ClipboardEvent('paste', { bubbles: true }));
    button!.dispatchEvent(trusted(key())); // the user's, but not in a box
    expect(onFirstInput).not.toHaveBeenCalled();
    expect(takeFirstInput()).toBeUndefined();

    editor!.querySelector('p')!.dispatchEvent(trusted(key()));
    expect(onFirstInput).toHaveBeenCalledTimes(1);
    textarea!.dispatchEvent(trusted(key()));
    expect(onFirstInput).toHaveBeenCalledTimes(1);
    expect(takeFirstInput()).toBe(editor!.querySelector('p'));
    expect(takeFirstInput()).toBeUndefined(); // handed over once
  });

  it('sees a box inside an open shadow root, and a textarea', () => {
    const host = setBody('<div></div>');
    const textarea = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(textarea);
    const onFirstInput = vi.fn();
    awaitFirstInput(window, onFirstInput);
    textarea.dispatchEvent(trusted(new InputEvent('beforeinput', { bubbles: true, composed: true })));
    expect(onFirstInput).toHaveBeenCalledTimes(1);
    expect(takeFirstInput()).toBe(textarea);
  });
});
