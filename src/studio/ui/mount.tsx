/**
 * Puts the studio on a page: in the extension (entrypoints/studio, with the policy in force to compare with) and
 * as a plain local web page (`npm run studio`, without any extension API).
 */
import './studio.css';
import { render } from 'preact';
import type { Policy } from '../../policy/types';
import { Studio } from './Studio';

export function mountStudio(element: HTMLElement, policyInForce?: Policy): void {
  render(<Studio storage={localStorage} now={() => new Date()} browserLanguage={navigator.language} policyInForce={policyInForce} />, element);
}
