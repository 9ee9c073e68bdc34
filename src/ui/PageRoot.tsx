/** What every Candor page does first: wait for the shared state, then render in the language it says. */
import type { ComponentChild } from 'preact';
import { type SharedState, type StorageArea, type StorageChanges, uiLocale } from '../store/state';
import { useSharedState } from './useSharedState';

export interface PageRootProps {
  readonly area: StorageArea;
  readonly changes: StorageChanges;
  readonly browserLanguage: string;
  readonly children: (state: SharedState) => ComponentChild;
}

export function PageRoot({ area, changes, browserLanguage, children }: PageRootProps) {
  const state = useSharedState(area, changes);
  if (!state?.active) return null; // the background activates a policy within moments of install
  document.documentElement.lang = uiLocale(state.settings, browserLanguage);
  return <>{children(state)}</>;
}
