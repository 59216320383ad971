/**
 * pressdoc: parse scraped French press documents into typed, positioned
 * trees with diagnostics.
 *
 * ```ts
 * import { parse } from 'pressdoc';
 * const { tree, diagnostics } = parse(text);
 * ```
 *
 * `resolvePeople(trees)` merges the people of many documents into one
 * index. Zod schemas and `validateTree` live in the `pressdoc/schema` entry.
 *
 * @module
 */
export { parse } from './parse.js';
export type { ParseOptions, ParseResult } from './parse.js';
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.js';
export { LineIndex } from './position.js';
export { resolvePeople } from './people/resolve-people.js';
export type { CorpusPeople, ResolvePeopleOptions } from './people/resolve-people.js';
export type { PersonAlias } from './people/options.js';
export { personIdFor } from './people/match.js';
export { foldWord, FOLD_RULES } from './people/fold.js';
export type { FoldRule } from './people/fold.js';
export type * from './nodes.js';
