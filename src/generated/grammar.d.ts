// Hand-written declaration of the @generated parser in grammar.js.
/** Parses a whole document; returns a RawDocument (see src/raw.ts). */
export function parse(input: string, options?: { startRule?: string }): unknown;
/** The peggy syntax error class. */
export class SyntaxError extends Error {}
