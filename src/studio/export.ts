/**
 * What the studio publishes: the policy file's exact bytes (the ones signed) and the names of the files it writes,
 * made from the company's name so an intranet folder of them reads well.
 */
import { idFrom } from './ids';
import { type Json, jsonText } from './json';

/** The policy file as exported and signed: the text the studio shows and saves, in UTF-8. */
export const policyBytes = (value: Json): Uint8Array<ArrayBuffer> => new TextEncoder().encode(jsonText(value));

/** "ExampleSoft" → "examplesoft", "Société Générale" → "societe-generale": a file name that is safe everywhere (as ids). */
export const fileSlug = (name: string): string => idFrom(name, 'policy', new Set());

export const policyFileName = (company: string) => `${fileSlug(company)}.policy.json`;

/** As `npm run policy -- sign` names it: the policy file's name plus ".sig". */
export const signatureFileName = (company: string) => `${policyFileName(company)}.sig`;

/** One page per language: "examplesoft.policy.fr.html". */
export const printableFileName = (company: string, language: string) => `${fileSlug(company)}.policy.${fileSlug(language)}.html`;
