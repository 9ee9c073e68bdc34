/** The policy's roles as radio buttons, with their descriptions; locked, with the reason, when the organisation set one. */
import { localizer } from './localizer';
import type { Policy } from '../policy/types';
import type { PageMessages as Messages } from './page-messages';

export interface RoleChooserProps {
  readonly policy: Policy;
  readonly role: string | undefined;
  readonly locked: boolean;
  readonly locale: 'en' | 'fr';
  readonly messages: Messages;
  readonly onChoose: (role: string | undefined) => void;
}

export function RoleChooser({ policy, role, locked, locale, messages, onChoose }: RoleChooserProps) {
  const text = localizer(policy, locale);
  const choices = [
    { id: '', label: messages.noRole, description: '' },
    ...policy.roles.map((r) => ({ id: r.id, label: text(r.label), description: text(r.description) })),
  ];
  return (
    <fieldset aria-describedby={locked ? 'role-locked' : undefined}>
      <legend>{messages.role}</legend>
      {locked && <p id="role-locked">{messages.roleLocked}</p>}
      {choices.map((r) => (
        <label class="choice" key={r.id}>
          <input type="radio" name="role" value={r.id} checked={(role ?? '') === r.id} disabled={locked} onChange={() => onChoose(r.id || undefined)} />
          <span>
            <strong>{r.label}</strong>
            {r.description && <span class="quiet"> {r.description}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
