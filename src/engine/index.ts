/** The detection engine: pure, synchronous, no DOM, no extension APIs, no zod. */
export { analyze } from './analyze';
export { compile, type CompiledPolicy } from './compile';
export { localize } from '../policy/localize';
export type { AnalysisContext, Finding, FindingKind, Fix, Span } from './types';
