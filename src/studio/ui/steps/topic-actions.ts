/** What a topic's action means for employees, in the words both steps 2 (approval) and 4 (roles) use. */
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
