/**
 * What steps 2 (approval), 3 (fair: the protected topics) and 4 (roles) share about topics: the words for a topic's
 * action, how a new topic starts, and its name field (which names its id).
 */
import { newId, referencesTo } from '../../ids';
import type { Json, JsonObject } from '../../json';
import { useStudio } from '../context';
import { IdFromName } from '../editing';
import { LocalizedField } from '../fields';
import { bilingual } from '../words';

export const TOPIC_ACTIONS = bilingual(
  {
    'needs-approval': 'Ask first',
    avoid: 'Best avoided',
    allow: 'Allowed (just noted)',
    protected: 'Protected: always allowed (step 3)',
  },
  {
    'needs-approval': 'Demander d’abord',
    avoid: 'À éviter',
    allow: 'Autorisé (simple rappel)',
    protected: 'Protégé\u202F: toujours permis (étape 3)',
  },
);

/** A new topic as the form starts it: a valid id, an action, and how Candor says it (a right is said gently). */
export function freshTopic(topics: Json | undefined, action: 'needs-approval' | 'protected'): JsonObject {
  const severity = action === 'protected' ? 'info' : 'warn';
  return { id: newId(topics, 'topic'), label: '', terms: [], action, severity, why: '', scope: 'anywhere' };
}

/** A topic's name, which also names its id until something refers to the topic. */
export function TopicLabel({ index, label, help }: { index: number; label: string; help: string }) {
  const { value, policyInForce } = useStudio();
  return (
    <IdFromName item={['topics', index]} nameKey="label" fallback="topic" isReferenced={referencesTo(value, 'topics', policyInForce)}>
      <LocalizedField path={['topics', index, 'label']} label={label} help={help} />
    </IdFromName>
  );
}
