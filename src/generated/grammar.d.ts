// Hand-written declaration of the @generated parser in grammar.js.
/**
 * Parses a whole document; returns a RawDocument (see src/raw.ts).
 * `overlong`: the start offsets (UTF-16) of lines to keep whole as text
 * without recognizing constructs in them (see `ParseLimits.maxLineLength`).
 */
export function parse(input: string, options?: { startRule?: string; overlong?: ReadonlySet<number> }): unknown;
/** The peggy syntax error class. */
export class SyntaxError extends Error {}
