/** How findings are read once made: which are context rather than advice, and how a scenario names one. */
import type { Finding } from './types';

/** Mentions of the employer and its products are context, not advice (unless a policy makes them warnings). */
export function isContext(finding: Finding): boolean {
  return (finding.kind === 'employer-mention' || finding.kind === 'product-mention') && finding.severity === 'info';
}

/** How a scenario names a finding: its kind, and the topic, product or competitor it is about. */
export function findingKey(finding: Finding): string {
  const subject = finding.subject?.id;
  return subject && subject !== 'employer' ? `${finding.kind}:${subject}` : finding.kind;
}
