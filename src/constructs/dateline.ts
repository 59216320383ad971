/**
 * Dateline: a timestamp alone on its line, inside a section.
 *
 * ```text
 * 12 mars 2025 à 21h40 – Région de Kursk
 * ```
 *
 * Grammar: `DatelineLine`, `When`. Schema: `datelineSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import type { Dateline } from '../nodes.js';
import type { RawDateline } from '../raw.js';
import { normalizeWhen } from '../normalize/time.js';

/** Builds a {@link Dateline} from its raw line. */
export function buildDateline(raw: RawDateline, ctx: Context): Dateline {
  return {
    type: 'dateline',
    when: normalizeWhen(raw.when, ctx.text, ctx.report),
    position: ctx.pos(raw.start, raw.end),
  };
}
