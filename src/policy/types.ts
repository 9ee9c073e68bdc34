/**
 * Types of a validated policy. Type-only imports: safe for content scripts, which must never bundle zod.
 */
import type { z } from 'zod';
import type { networks } from './constants';
import type { approver, localizedText, mentionKinds, policySchema, proposal, roleOverlay, scenario, severities, topic } from './schema';

export type Policy = z.output<typeof policySchema>;
export type LocalizedText = z.output<typeof localizedText>;
export type Topic = z.output<typeof topic>;
export type RoleOverlay = z.output<typeof roleOverlay>;
export type Approver = z.output<typeof approver>;
export type Rules = Policy['rules'];
export type Severity = (typeof severities)[number];
export type Network = (typeof networks)[number];
export type MentionKind = (typeof mentionKinds)[number];
export type Scenario = z.output<typeof scenario>;
export type Proposal = z.output<typeof proposal>;
