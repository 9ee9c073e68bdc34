/** "Ask first", in one line per topic: what needs approval for the reader's role now, and whom to ask (why: in the whole policy). */
import type { CompiledPolicy } from '../../engine/compile';
import { roleChanges, type RoleView } from '../../policy/roles';
import { topicInForce } from '../../policy/schedule';
import { localizer } from '../localizer';
import type { PageMessages as Messages } from '../page-messages';
import { AskLink } from './AskLink';
import { ForYourRole } from './ForYourRole';

export interface AskFirstProps {
  readonly compiled: CompiledPolicy;
  readonly view: RoleView;
  readonly locale: 'en' | 'fr';
  readonly messages: Messages;
  readonly now: Date;
}

export function AskFirst({ compiled, view, locale, messages, now }: AskFirstProps) {
  const text = localizer(compiled.policy, locale);
  const changed = roleChanges(compiled.base, view);
  const topics = view.topics.filter((t) => t.action === 'needs-approval' && topicInForce(t, now.getTime()));
  if (topics.length === 0) return null;
  return (
    <section aria-labelledby="ask-first-title">
      <h2 id="ask-first-title">{messages.needsApproval}</h2>
      <ul class="ask-first">
        {topics.map((topic) => (
          <li key={topic.id}>
            <strong>{text(topic.label)}</strong> <ForYourRole when={changed.topics.has(topic.id)} messages={messages} />
            {topic.approver && (
              <>
                {' · '}
                <AskLink approver={topic.approver} messages={messages} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
