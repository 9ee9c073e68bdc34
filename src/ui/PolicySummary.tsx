import { localize } from '../engine/localize';
import type { Policy } from '../policy/types';

/** The policy's name, version and principles: the first thing an employee reads. */
export function PolicySummary({ policy, locale }: { policy: Policy; locale: string }) {
  const text = (t: Parameters<typeof localize>[0]) => localize(t, locale, policy.defaultLocale);
  return (
    <section aria-labelledby="policy-name">
      <h1 id="policy-name">{text(policy.name)}</h1>
      <p>Version {policy.version} · {policy.updatedAt}</p>
      <ul>
        {policy.principles.map((p, i) => (
          <li key={i}>{text(p)}</li>
        ))}
      </ul>
    </section>
  );
}
