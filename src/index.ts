/**
 * pressdoc: parse scraped French press documents into typed, positioned
 * trees with diagnostics.
 *
 * ```ts
 * import { parse } from 'pressdoc';
 * const { tree, diagnostics } = parse(text);
 * ```
 *
 * Zod schemas and `validateTree` live in the `pressdoc/schema` entry.
 *
 * @module
 */
export { parse } from './parse.js';
export type { ParseOptions, ParseResult } from './parse.js';
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.js';
export { LineIndex } from './position.js';
export type * from './nodes.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { ParseLimits } from './limits.js';
