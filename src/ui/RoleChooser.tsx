/** The policy's roles as radio buttons, with their descriptions; locked, with the reason, when the organisation set one. */
import { localizer } from './localizer';
import type { Policy } from '../policy/types';
import { type PageMessages as Messages, pageMessagesFor } from './page-messages';

export interface RoleChooserProps {
  readonly policy: Policy;
  readonly role: string | undefined;
  readonly locked: boolean;
  readonly locale: 'en' | 'fr';
  readonly messages: Messages;
  readonly onChoose: (role: string | undefined) => void;
}

/**
 * The language the policy names its roles in, for the page's language: a policy written in French only shows French
 * role names on an English page, and "All staff" must then be in French too, not one English name among them.
 */
function rolesLanguage(policy: Policy, locale: 'en' | 'fr'): 'en' | 'fr' {
  const speaks = policy.roles.every((r) => typeof r.label !== 'string' && locale in r.label);
  const fallback = policy.defaultLocale.split('-')[0];
  return speaks || policy.roles.length === 0 || (fallback !== 'en' && fallback !== 'fr') ? locale : fallback;
}

export function RoleChooser({ policy, role, locked, locale, messages, onChoose }: RoleChooserProps) {
  const text = localizer(policy, locale);
  const language = rolesLanguage(policy, locale);
  const choices = [
    { id: '', label: pageMessagesFor(language).noRole, description: '' },
    ...policy.roles.map((r) => ({ id: r.id, label: text(r.label), description: text(r.description) })),
  ];
  return (
    <fieldset aria-describedby={locked ? 'role-locked' : undefined}>
      <legend>{messages.role}</legend>
      {locked && <p id="role-locked">{messages.roleLocked}</p>}
      {choices.map((r) => (
        <label class="choice" key={r.id}>
          <input type="radio" name="role" value={r.id} checked={(role ?? '') === r.id} disabled={locked} onChange={() => onChoose(r.id || undefined)} />
          <span lang={language}>
            <strong>{r.label}</strong>
            {r.description && <span class="quiet"> {r.description}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
