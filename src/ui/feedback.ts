/**
 * "This seems wrong": the policy's feedback link, pre-filled with what the policy owners need to find the rule —
 * rule id, policy version, role — and never the draft (the user may paste it if they choose).
 */
import type { Finding } from '../engine/types';

export interface FeedbackAbout {
  readonly rule: string;
  readonly version: string;
  readonly role: string | undefined;
}

/**
 * The policy's feedback link as the policy gives it, and the one to open for a finding, made only when the user
 * clicks: it names the rule, policy version and role, and none of that is ever in the page's DOM.
 */
export interface FeedbackLink {
  readonly href: string;
  readonly about: (finding: Finding) => string;
}

export function feedbackLink(feedback: string | undefined, about: (finding: Finding) => FeedbackAbout): FeedbackLink | undefined {
  return feedback ? { href: feedback, about: (finding) => feedbackHref(feedback, about(finding)) } : undefined;
}

export function feedbackHref(feedback: string, about: FeedbackAbout): string {
  const facts = [`Rule: ${about.rule}`, `Policy version: ${about.version}`, `Role: ${about.role ?? 'all staff'}`];
  if (feedback.toLowerCase().startsWith('mailto:')) {
    const [address = '', query = ''] = feedback.slice('mailto:'.length).split('?');
    const params = new URLSearchParams(query);
    const subject = params.get('subject');
    params.set('subject', subject ? `${subject} (${about.rule})` : `Candor policy: ${about.rule}`);
    params.set('body', `${[params.get('body'), ...facts].filter(Boolean).join('\n')}\n\n`);
    // Mail clients read "+" literally: spaces must be %20 in mailto links.
    return `mailto:${address}?${params.toString().replace(/\+/g, '%20')}`;
  }
  const url = new URL(feedback);
  url.searchParams.set('rule', about.rule);
  url.searchParams.set('version', about.version);
  url.searchParams.set('role', about.role ?? 'all-staff');
  return url.href;
}
