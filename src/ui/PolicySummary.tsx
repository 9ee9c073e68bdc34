import icon from '../../assets/icon.svg';
import type { Policy } from '../policy/types';
import { localizer } from './localizer';

/** The policy's name, version and principles: the first thing an employee reads. */
export function PolicySummary({ policy, locale }: { policy: Policy; locale: string }) {
  const text = localizer(policy, locale);
  return (
    <section aria-labelledby="policy-name">
      <img src={icon} alt="" width={32} height={32} />
      <h1 id="policy-name">{text(policy.name)}</h1>
      <p>
        Version {policy.version} · {policy.updatedAt}
      </p>
      <ul>
        {policy.principles.map((p, i) => (
          <li key={i}>{text(p)}</li>
        ))}
      </ul>
    </section>
  );
}
