/**
 * The shell of every Candor page: waits for the shared state, then hands the page its context (policy, compiled
 * once per policy, role, view, language and words), and sets the document's language.
 */
import type { ComponentChild } from 'preact';
import { useMemo } from 'preact/hooks';
import { compileIfReadable } from '../engine/compile';
import type { StorageArea, StorageChanges } from '../store/state';
import { type PageContext, pageContext } from './page-context';
import { useSharedState } from './useSharedState';

export interface PageRootProps {
  readonly area: StorageArea;
  readonly changes: StorageChanges;
  readonly browserLanguage: string;
  readonly children: (page: PageContext) => ComponentChild;
}

export function PageRoot({ area, changes, browserLanguage, children }: PageRootProps) {
  const state = useSharedState(area, changes);
  const policy = state?.active?.policy;
  const compiled = useMemo(() => compileIfReadable(policy), [policy]);
  const page = useMemo(() => state && compiled && pageContext(state, browserLanguage, compiled), [state, compiled, browserLanguage]);
  if (!page) return null; // the background activates a policy within moments of install
  document.documentElement.lang = page.locale;
  return <>{children(page)}</>;
}
