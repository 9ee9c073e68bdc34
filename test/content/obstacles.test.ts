// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDark } from '../../src/content/host';
import { ObstacleFinder, widgetOf } from '../../src/content/obstacles';
import { setBody } from '../dom';

// happy-dom lays nothing out: every element says where it is in `data-rect="left top width height"`.
vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
  const [left = 0, top = 0, width = 0, height = 0] = (this.dataset.rect ?? '').split(' ').map(Number);
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) };
});
const textRect = vi.spyOn(Range.prototype, 'getBoundingClientRect');
afterEach(() => textRect.mockReset());

const sorted = (obstacles: { kind: string; left: number; top: number; width: number; height: number }[]) =>
  obstacles.map(({ kind, left, top, width, height }) => `${kind} ${left} ${top} ${width} ${height}`).sort();

describe('the obstacles around a compose box', () => {
  it('in a dialog: its buttons by kind, tool rows as one, the text from a Range, nothing inside the editor', () => {
    setBody(`<div role="dialog" data-rect="0 0 800 600">
      <button aria-label="Dismiss" data-rect="740 16 40 40"></button>
      <div class="ql-container" id="anchor" data-rect="20 80 700 200">
        <div class="ql-editor" contenteditable="true" data-rect="20 80 700 200"><p>Hello <button data-rect="60 84 20 20">@</button></p></div>
      </div>
      <div role="toolbar" data-rect="20 300 700 48">
        <button type="button" aria-label="Add media" data-rect="20 300 48 48"></button>
        <button type="button" aria-label="Create an event" data-rect="76 300 48 48"></button>
      </div>
      <div><button type="button" aria-label="Schedule post" data-rect="600 540 40 40"></button><button type="button" data-rect="650 544 64 32">Post</button></div>
      <div role="button" tabindex="0" data-rect="0 0 0 0">Hidden</div>
    </div>`);
    textRect.mockReturnValue(DOMRect.fromRect({ x: 20, y: 92, width: 700, height: 25 }));
    const finder = new ObstacleFinder(document.getElementById('anchor')!);
    expect(sorted(finder.measure())).toEqual(
      [
        'text 20 92 700 25',
        'close 740 16 40 40',
        'control 20 300 48 48',
        'control 76 300 48 48',
        'toolbar 20 300 104 48', // the union of its buttons, not the row's full width
        'control 600 540 40 40',
        'submit 650 544 64 32',
      ].sort(),
    );
  });

  it('re-measures on every call, and looks the elements up again when told the page changed', () => {
    setBody(`<form data-rect="0 0 500 100"><div id="anchor" contenteditable="true" data-rect="0 0 400 40"></div>
      <div role="button" aria-label="Comment" data-rect="420 10 24 24"></div></form>`);
    const finder = new ObstacleFinder(document.getElementById('anchor')!);
    expect(sorted(finder.measure())).toEqual(['submit 420 10 24 24']);
    document.querySelector<HTMLElement>('[aria-label=Comment]')!.dataset.rect = '420 50 24 24';
    expect(sorted(finder.measure())).toEqual(['submit 420 50 24 24']);
    document.querySelector('form')!.append(Object.assign(document.createElement('button'), { textContent: 'Publier' }));
    document.querySelector<HTMLElement>('form > button')!.dataset.rect = '450 50 40 24';
    expect(finder.measure()).toHaveLength(1);
    finder.forget();
    expect(sorted(finder.measure())).toEqual(['submit 420 50 24 24', 'submit 450 50 40 24']);
  });

  it('takes a text area’s content box for its text', () => {
    setBody(`<form><textarea id="anchor" style="padding: 4px 6px; border: 1px solid" data-rect="0 0 300 100"></textarea></form>`);
    const finder = new ObstacleFinder(document.getElementById('anchor')!);
    expect(sorted(finder.measure())).toEqual(['text 7 5 286 90']);
  });

  it('without a dialog or form, the widget is the nearest ancestor holding a submit-like button', () => {
    setBody(`<main><div id="timeline"><div id="composer"><div id="body"><div><div id="anchor" contenteditable="true"></div></div>
      <div><button>Post</button></div></div></div><article><button>Reply</button></article></div></main>`);
    expect(widgetOf(document.getElementById('anchor')!).id).toBe('body');
  });

  it('without any, three levels up', () => {
    setBody(`<main><section id="three"><div><div><div id="anchor" contenteditable="true"></div></div></div></section></main>`);
    expect(widgetOf(document.getElementById('anchor')!).id).toBe('three');
  });
});

describe('isDark', () => {
  it('follows the first mostly opaque background up from the box', () => {
    setBody(`<div style="background: rgb(0, 0, 0)"><div style="background: rgba(255, 255, 255, 0.03)"><div id="box"></div></div></div>`);
    expect(isDark(document.getElementById('box')!)).toBe(true);
    setBody(`<div style="background: rgb(36, 37, 38)"><div style="background: rgb(255, 255, 255)"><div id="box"></div></div></div>`);
    expect(isDark(document.getElementById('box')!)).toBe(false);
  });

  it('reads the canvas from color-scheme when every background is transparent', () => {
    setBody(`<div id="box"></div>`);
    expect(isDark(document.getElementById('box')!)).toBe(false);
    document.documentElement.style.colorScheme = 'dark';
    expect(isDark(document.getElementById('box')!)).toBe(true);
    document.documentElement.style.colorScheme = '';
  });
});
