/**
 * Tag: a short place or topic line, next to a section's dateline or just
 * before its source link.
 *
 * ```text
 * Territoire de Perm
 * Géographie
 * ```
 *
 * A tag is a text line by the grammar; compose makes it a tag from where it
 * stands. Schema: `tagSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import { COLONS, dropInvisibles } from '../lexicon.js';
import type { Tag } from '../nodes.js';
import { codeUnitSet, endsWithUnitOf } from '../util/code-units.js';

// What ends a sentence or a label, the lexicon's colons included: no tag ends
// so. Its last code unit is tested (all are BMP characters): a `[…]$` regex
// is tried at every position of the line.
const TAG_ENDS = codeUnitSet(`.,;!?…»")]${COLONS}`);

/**
 * Whether a line's text has the shape of a tag: at most six words and 60
 * characters (UTF-16 code units in NFC, the lexicon's invisibles left out,
 * so NFD text and `Ter\u00ADritoire` measure the same; at most 240 units as
 * written), starting with a capital letter, no digits, no sentence
 * punctuation at its end.
 */
export function isTagShaped(value: string): boolean {
  // The first length test only spares normalizing long lines: one UTF-16
  // unit decomposes into at most 4, so NFD is at most 4 times as long as NFC.
  if (value.length === 0 || value.length > 4 * 60) return false;
  // Titlecase letters (`ᾨ`) too: in NFD they are a capital and marks.
  // The cheap tests come before normalizing: most lines of prose end in a
  // period and are rejected here.
  if (!/^[\p{Lu}\p{Lt}]/u.test(value) || endsWithUnitOf(value, TAG_ENDS) || /[0-9]/.test(value)) return false;
  if (dropInvisibles(value).normalize('NFC').length > 60) return false;
  return value.split(/[\s\u00A0]+/u).length <= 6;
}

/** Builds a {@link Tag} over a text line; `value` is its text trimmed, when the caller has it. */
export function buildTag(start: number, end: number, ctx: Context, value = clean(ctx.slice(start, end))): Tag {
  return { type: 'tag', value, position: ctx.pos(start, end) };
}
