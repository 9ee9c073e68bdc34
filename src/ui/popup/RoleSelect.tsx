/** The role in force, changeable from the popup (a select: one line); as text, with why, when the organisation set it. */
import type { RoleView } from '../../policy/roles';
import type { Policy } from '../../policy/types';
import { localizer } from '../localizer';
import type { PageMessages as Messages } from '../page-messages';

export interface RoleSelectProps {
  readonly policy: Policy;
  readonly role: string | undefined;
  readonly locked: boolean;
  readonly view: RoleView;
  readonly locale: 'en' | 'fr';
  readonly messages: Messages;
  readonly onChoose: (role: string | undefined) => void;
}

export function RoleSelect({ policy, role, locked, view, locale, messages, onChoose }: RoleSelectProps) {
  const text = localizer(policy, locale);
  if (locked || policy.roles.length === 0) {
    return <p class="quiet">{messages.roleInForce(view.role ? text(view.role.label) : messages.noRole)}</p>;
  }
  return (
    <p class="role-line">
      <label for="role">{messages.yourRole}</label>{' '}
      <select id="role" value={role ?? ''} onChange={(e) => onChoose(e.currentTarget.value || undefined)}>
        <option value="">{messages.noRole}</option>
        {policy.roles.map((r) => (
          <option key={r.id} value={r.id}>
            {text(r.label)}
          </option>
        ))}
      </select>
    </p>
  );
}
