/**
 * Source link: a line holding only a URL, closing a section or subsection.
 *
 * ```text
 * http://en.kremlin.ru/events/president/transcripts/74106
 * The source of information - http://en.kremlin.ru/events/president/news/55018
 * en.kremlin.ru/events/president/news/74102
 * ```
 *
 * Grammar: `SourceLinkLine`. Schema: `sourceLinkSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import type { SourceLink } from '../nodes.js';
import type { RawSourceLink } from '../raw.js';
import { normalizeLink } from '../normalize/links.js';

/** Builds a {@link SourceLink} from its raw line. */
export function buildSourceLink(raw: RawSourceLink, ctx: Context): SourceLink {
  const url = raw.url.value;
  const info = normalizeLink(url, raw.url.start, raw.url.end, ctx.report);
  const link: SourceLink = { type: 'sourceLink', url, host: info.host, kind: info.kind, position: ctx.pos(raw.start, raw.end) };
  if (info.eventId !== undefined) link.eventId = info.eventId;
  return link;
}
