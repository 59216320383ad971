/**
 * Paragraph: a line of running text, the fallback of the grammar.
 *
 * ```text
 * Vladimir Poutine et Alexandre Loukachenko ont eu une brève conversation à l’aéroport de Minsk.
 * ```
 *
 * Grammar: `TextLine`. Schema: `paragraphSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { Paragraph } from '../nodes.js';
import { isSpaceCode } from '../util/space.js';
import { INVISIBLES, isInvisibleCode, regexClass } from '../lexicon.js';

/**
 * Whether a line ends in an ellipsis: `…` or `...`, then spaces, then an
 * optional period (`/(…|\.\.\.)\s*\.?$/u`, tested from the end instead of
 * from every position).
 */
export function endsWithEllipsis(value: string): boolean {
  return ellipsisEndsAt(value, value.length) || (value.charCodeAt(value.length - 1) === 0x2e && ellipsisEndsAt(value, value.length - 1));
}

/** Whether `…` or `...`, then spaces and invisibles, end `value` at `end`. */
function ellipsisEndsAt(value: string, end: number): boolean {
  let e = end;
  // The invisibles of the run count with its spaces (`…  \u200B.`).
  while (e > 0 && (isSpaceCode(value.charCodeAt(e - 1)) || isInvisibleCode(value.charCodeAt(e - 1)))) e--;
  // By code units (`endsWith('…', e) || endsWith('...', e)`): before the
  // start, `charCodeAt` gives NaN, which is no period.
  return value.charCodeAt(e - 1) === 0x2026 || (value.charCodeAt(e - 1) === 0x2e && value.charCodeAt(e - 2) === 0x2e && value.charCodeAt(e - 3) === 0x2e);
}

// A value of the lexicon's invisibles and spaces only.
const INVISIBLE_ONLY = new RegExp(`^(?:${regexClass(INVISIBLES)}|\\s)+$`, 'u');

/**
 * Builds a {@link Paragraph} over `start..end`, or `undefined` when the span
 * is blank. `value` is the span's text trimmed, when the caller has it already.
 * A span of invisibles and spaces only (a line a reader sees blank) is a
 * paragraph, with an info `UNRECOGNIZED_LINE` that says so.
 */
export function buildParagraphSpan(start: number, end: number, ctx: Context, value = clean(ctx.slice(start, end))): Paragraph | undefined {
  if (value === '') return undefined;
  if (isInvisibleCode(value.charCodeAt(0)) && INVISIBLE_ONLY.test(value)) {
    // A reader sees a blank line; the invisibles are characters, so they stay
    // in a leaf, and the diagnostic says why a blank-looking line is a paragraph.
    ctx.report({
      code: 'UNRECOGNIZED_LINE',
      severity: 'info',
      message: 'Found only invisible format characters (SOFT HYPHEN, ZERO WIDTH SPACE …) and spaces, which display as a blank line; kept them as a paragraph, so that no character is lost.',
      start,
      end,
    });
  }
  const paragraph: Paragraph = { type: 'paragraph', value, position: ctx.pos(start, end) };
  if (endsWithEllipsis(value)) paragraph.trailingEllipsis = true;
  return paragraph;
}

/** Builds a {@link Paragraph} from a non-blank text line; `value` as for {@link buildParagraphSpan}. */
export function buildParagraph(start: number, end: number, ctx: Context, value?: string): Paragraph {
  return buildParagraphSpan(start, end, ctx, value) ?? { type: 'paragraph', value: '', position: ctx.pos(start, end) };
}
