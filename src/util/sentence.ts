/**
 * Where a line's first sentence ends.
 *
 * ```text
 * Visite au monastère de Valaam.                       → one sentence
 * V. Poutine : Bonsoir, ou plutôt, bonne nuit. Je …    → goes on past it
 * ```
 *
 * @module
 * @internal
 */

// A sentence's end (a letter, its accent in NFD, a digit or a closing
// quote, then `.!?…`), then more words.
const SENTENCE_THEN_MORE = /[\p{L}\p{M}\p{N}»"”)][.!?…]+\s+\S/u;

/**
 * Whether `text` goes on past the end of its first sentence: a sentence's
 * end right after its last word (`…nuit déjà. Je`; a mark after a space,
 * `déjà ! Je`, is not read as one), white space, then more text. A line of
 * one sentence, or with no end of sentence, does not.
 *
 * @internal
 */
export function goesOnPastSentence(text: string): boolean {
  return SENTENCE_THEN_MORE.test(text);
}
