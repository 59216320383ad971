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
import type { Context } from '../compose/context.js';
import { clean } from '../compose/context.js';
import type { Paragraph } from '../nodes.js';

/** Builds a {@link Paragraph} over `start..end`, or `undefined` when the span is blank. */
export function buildParagraphSpan(start: number, end: number, ctx: Context): Paragraph | undefined {
  const value = clean(ctx.slice(start, end));
  if (value === '') return undefined;
  const paragraph: Paragraph = { type: 'paragraph', value, position: ctx.pos(start, end) };
  if (/(…|\.\.\.)\s*\.?$/u.test(value)) paragraph.trailingEllipsis = true;
  return paragraph;
}

/** Builds a {@link Paragraph} from a non-blank text line. */
export function buildParagraph(start: number, end: number, ctx: Context): Paragraph {
  return buildParagraphSpan(start, end, ctx) ?? { type: 'paragraph', value: '', position: ctx.pos(start, end) };
}
