/** What the step tests read back from the page, beyond the harness's fields. */
import type { Path } from '../../src/studio/json';
import { fieldId } from '../../src/studio/problems';

/** The problems shown beside the field at `path`. */
export const problemsBeside = (path: Path) => document.getElementById(`${fieldId(path)}-problems`)?.textContent ?? '';

/** The texts a control points to with `aria-describedby`: its help and its problems. */
export const describing = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

/** The legends of the items of the lists on the page. */
export const legends = (root: HTMLElement) => [...root.querySelectorAll('.list-item > legend')].map((l) => l.textContent);
