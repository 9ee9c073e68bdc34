/**
 * What is in force for this reader, derived from the shared state in one place: the policy, the role (the
 * organisation's choice over the user's) and the language (the setting, else the browser's). The content script
 * and every page read it from here.
 */
import type { Policy } from '../policy/types';
import type { Settings, SharedState } from './state';

export interface InForce {
  /** The active policy; absent only until the background has activated one, moments after install. */
  readonly policy: Policy | undefined;
  /** The role id in force, or undefined for the base policy. */
  readonly role: string | undefined;
  /** The language of the UI and of inserted texts. */
  readonly locale: 'en' | 'fr';
}

export function inForce(state: SharedState, browserLanguage: string): InForce {
  return { policy: state.active?.policy, ...choicesInForce(state, browserLanguage) };
}

/** The role and language in force, from the settings alone (what a tab reads before it needs the policy). */
export function choicesInForce(state: Pick<SharedState, 'settings' | 'managed'>, browserLanguage: string): Omit<InForce, 'policy'> {
  return { role: roleInForce(state), locale: uiLocale(state.settings, browserLanguage) };
}

/** The role in force: the organisation's choice when it made one, else the user's. */
function roleInForce(state: Pick<SharedState, 'settings' | 'managed'>): string | undefined {
  return state.managed.role ?? state.settings.role;
}

/** The language the UI and inserted texts use: the setting, else the browser's, limited to what Candor speaks. */
function uiLocale(settings: Settings, browserLanguage: string): 'en' | 'fr' {
  const wanted = settings.locale && settings.locale !== 'auto' ? settings.locale : browserLanguage;
  return wanted.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
