/**
 * Elision or break: a cut in the source, alone on its line.
 *
 * ```text
 * <… >
 * * * *
 * À suivre.
 * ```
 *
 * A trailing `…` at the end of a text line is marked on the paragraph
 * instead (`trailingEllipsis`). Grammar: `ElisionLine`. Schema: `elisionSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { Elision } from '../nodes.js';
import type { RawElision } from '../raw.js';

/** Builds an {@link Elision} from its raw line. */
export function buildElision(raw: RawElision, ctx: Context): Elision {
  return { type: 'elision', kind: raw.kind, value: clean(ctx.slice(raw.start, raw.end)), position: ctx.pos(raw.start, raw.end) };
}
