/** "What to add to your posts": the disclosure and disclaimer for the reader's role, each ready to copy. */
import { useState } from 'preact/hooks';
import { type CompiledPolicy, withCompany } from '../../engine/compile';
import { roleChanges, type RoleView } from '../../policy/roles';
import { localizer } from '../localizer';
import type { PageMessages as Messages } from '../page-messages';
import { ForYourRole } from './ForYourRole';

export interface WhatToAddProps {
  readonly compiled: CompiledPolicy;
  readonly view: RoleView;
  readonly locale: 'en' | 'fr';
  readonly messages: Messages;
  readonly onCopy: (text: string) => Promise<void>;
}

export function WhatToAdd({ compiled, view, locale, messages, onCopy }: WhatToAddProps) {
  const { policy } = compiled;
  const text = localizer(policy, locale);
  const changed = roleChanges(compiled.base, view);
  const company = policy.company.name;
  return (
    <section aria-labelledby="texts-title">
      <h2 id="texts-title">{messages.texts}</h2>
      {(['disclosure', 'disclaimer'] as const).map((id) => {
        const rule = view.rules[id];
        return (
          <div class="text-rule" key={id}>
            <strong>{id === 'disclaimer' ? messages.disclaimerText : messages.disclosureText}</strong>{' '}
            <ForYourRole when={changed.rules.has(id)} messages={messages} />
            {rule.enabled ? (
              <>
                <CopyableText text={withCompany(text(rule.text), company)} messages={messages} onCopy={onCopy} />
                {rule.short && (
                  <p class="quiet">
                    {messages.whenShort} <q>{withCompany(text(rule.short), company)}</q>
                  </p>
                )}
              </>
            ) : (
              <p class="quiet">{messages.notNeeded}</p>
            )}
          </div>
        );
      })}
    </section>
  );
}

function CopyableText({ text, messages, onCopy }: { text: string; messages: Messages; onCopy: (text: string) => Promise<void> }) {
  const [copied, setCopied] = useState(false);
  return (
    <p class="copyable">
      <q>{text}</q>{' '}
      <button type="button" class="small" onClick={() => void onCopy(text).then(() => setCopied(true))}>
        {copied ? messages.copiedShort : messages.copy}
      </button>
    </p>
  );
}
