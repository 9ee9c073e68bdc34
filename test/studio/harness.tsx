/**
 * Renders one part of the studio over a draft, as the studio page does (same context, same parser), and lets a test
 * type into its fields the way a user's input reaches Preact (an `input` event after the value changes).
 */
import type { FunctionComponent } from 'preact';
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { parsePolicy } from '../../src/policy/parse';
import type { Policy } from '../../src/policy/types';
import type { JsonObject, Path } from '../../src/studio/json';
import { fieldId } from '../../src/studio/problems';
import { TEMPLATES } from '../../src/studio/templates';
import { makeStudio, type Published, StudioContext } from '../../src/studio/ui/context';
import type { StudioLocale } from '../../src/studio/ui/words';
import { setBody } from '../dom';

export const template = (id: string): JsonObject => structuredClone(TEMPLATES.find((t) => t.id === id)!.policy);

export interface Rendered {
  readonly root: HTMLElement;
  /** The draft now. */
  readonly value: () => JsonObject;
  /** The input, select or textarea for a JSON path (the first language's box for a text in several). */
  readonly field: <E extends HTMLElement = HTMLInputElement>(path: Path) => E;
}

export function renderStudio(
  Component: FunctionComponent,
  initial: JsonObject,
  options: { locale?: StudioLocale; policyInForce?: Policy; now?: () => Date } = {},
): Rendered {
  setBody('<div id="root"></div>');
  const root = document.getElementById('root')!;
  let current = initial;
  function Harness() {
    const [value, setValue] = useState(initial);
    const lastValid = useRef<Policy | undefined>(undefined);
    const [published, setPublished] = useState<Published | undefined>(undefined);
    current = value;
    const parsed = parsePolicy(value);
    if (parsed.ok) lastValid.current = parsed.policy;
    const studio = makeStudio({
      value,
      parsed,
      lastValid: lastValid.current,
      setValue: (change) => setValue((v) => change(v)),
      locale: options.locale ?? 'en',
      policyInForce: options.policyInForce,
      now: options.now ?? (() => new Date('2026-12-03T10:00:00Z')),
      published,
      setPublished,
    });
    return (
      <StudioContext.Provider value={studio}>
        <Component />
      </StudioContext.Provider>
    );
  }
  render(<Harness />, root);
  return {
    root,
    value: () => current,
    field: <E extends HTMLElement>(path: Path) => {
      const element = document.getElementById(fieldId(path));
      if (!element) throw new Error(`No field for ${fieldId(path)}`);
      return element as E;
    },
  };
}

/** Lets Preact render what the last event changed, and run its effects (after the next frame). */
export const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Types into an input or textarea as a user does: the value changes, then an `input` event. */
export async function type(element: HTMLElement, text: string): Promise<void> {
  (element as HTMLInputElement).value = text;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

/** Picks an option of a select, or ticks a checkbox, as a user does. */
export async function choose(element: HTMLElement, value?: string): Promise<void> {
  if (element instanceof HTMLInputElement) element.checked = !element.checked;
  else (element as HTMLSelectElement).value = value!;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

/** The button with this text (exactly), inside `within`. */
export function button(within: ParentNode, text: string): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

export async function click(element: HTMLElement): Promise<void> {
  element.click();
  await settle();
}
