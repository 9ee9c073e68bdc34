import type { findingKinds } from '../policy/constants';
import type { Approver, Network, Severity } from '../policy/types';

export type FindingKind = (typeof findingKinds)[number];

/** A stretch of the original draft, in UTF-16 offsets (end exclusive), as `String.prototype.slice` takes them. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type Fix =
  | {
      readonly type: 'insert';
      readonly text: string;
      readonly placement: 'start' | 'end';
      /** The policy's short form, chosen because the full text would take the post past X's limit. */
      readonly shortened?: boolean;
      /** Even so, the post would be this long, past X's limit (weighted characters). */
      readonly overLimit?: { readonly length: number; readonly limit: number };
    }
  | { readonly type: 'ask-approval'; readonly approver: Approver };

export interface Finding {
  readonly kind: FindingKind;
  /** The policy rule behind it: a rule name ("disclaimer") or "topic:<id>". */
  readonly ruleId: string;
  readonly severity: Severity;
  /** The rule's human explanation, in the requested language. */
  readonly explanation: string;
  /** What it is about: the competitor, product or topic (id and display name), when there is one. */
  readonly subject?: { readonly id: string; readonly name: string };
  /** Where in the draft: the mention or term, or for a missing text the mentions that call for it. */
  readonly spans: readonly Span[];
  readonly fix?: Fix;
}

export interface AnalysisContext {
  /** Where the draft will be posted: what readers see before "see more", and X's length limit. Unknown: the strictest. */
  readonly network?: Network;
  /** When it is posted (ms since 1970), for topics and products with dates; now when absent. */
  readonly now?: number;
  /** Language for texts and explanations ("fr", "en-GB"); the policy's default when absent. */
  readonly locale?: string;
  /** The account the draft will be posted from, when the site shows it. */
  readonly account?: {
    readonly network: Network;
    /** "@acme", a page's username or vanity name. */
    readonly handle?: string;
    /** The name shown for the acting account, where the site shows no handle ("Comment as Acme Corp"). */
    readonly name?: string;
  };
}
