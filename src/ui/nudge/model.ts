/**
 * What the nudge shows for a set of findings. Mentions of the employer and its products are context, not advice:
 * they are listed on one line and never keep the nudge open by themselves, so a post that already carries its
 * disclaimer and disclosure shows nothing at all.
 */
import { isContext } from '../../engine/findings';
import type { Finding } from '../../engine/types';

export interface NudgeModel {
  /** Findings that ask something of the author, warnings first (as the engine sorts them). */
  readonly advice: readonly Finding[];
  /** Names mentioned (employer, products), each once. */
  readonly mentioned: readonly string[];
}

export function nudgeModel(findings: readonly Finding[]): NudgeModel {
  const advice = findings.filter((f) => !isContext(f));
  const mentioned = [...new Set(findings.filter(isContext).map((f) => f.subject?.name ?? ''))];
  return { advice, mentioned: advice.length ? mentioned.filter(Boolean) : [] };
}
