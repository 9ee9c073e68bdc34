/**
 * "This seems wrong": the policy's feedback link, pre-filled with what the policy owners need to find the rule —
 * rule id, policy version, role — and never the draft (the user may paste it if they choose).
 */
export interface FeedbackAbout {
  readonly rule: string;
  readonly version: string;
  readonly role: string | undefined;
}

export function feedbackHref(feedback: string | undefined, about: FeedbackAbout): string | undefined {
  if (!feedback) return undefined;
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
