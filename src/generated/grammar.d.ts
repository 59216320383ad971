// Hand-written declaration of the @generated parser in grammar.js.
/**
 * Parses a whole document; returns a RawDocument (see src/raw.ts).
 * `overlong`: the start offsets (UTF-16) of lines to keep whole as text
 * without recognizing constructs in them (see `ParseLimits.maxLineLength`).
 */
export function parse(input: string, options?: { startRule?: string; overlong?: ReadonlySet<number> }): unknown;
/** The peggy syntax error class. */
export class SyntaxError extends Error {}
/**
 * Drops the text, options and result of the last parse (the parse state
 * that scripts/peggy-hoist.mjs keeps at module level); the rules stay
 * built. Call after each parse.
 */
export function releaseLastParse(): void;
