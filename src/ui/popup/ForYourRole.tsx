/** The mark beside what the reader's role changes from the base policy. */
import type { PageMessages as Messages } from '../page-messages';

export function ForYourRole({ when, messages }: { when: boolean; messages: Messages }) {
  return when ? <span class="badge">{messages.forYourRole}</span> : null;
}
