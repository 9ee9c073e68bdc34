import type { Policy } from '../policy/types';
import { localizer } from './localizer';

/** The roles a policy defines, with what each changes in plain words. */
export function RoleList({ policy, locale }: { policy: Policy; locale: string }) {
  const text = localizer(policy, locale);
  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title">Roles</h2>
      <dl>
        {policy.roles.map((role) => [
          <dt key={`t-${role.id}`}>{text(role.label)}</dt>,
          <dd key={`d-${role.id}`}>{text(role.description)}</dd>,
        ])}
      </dl>
    </section>
  );
}
