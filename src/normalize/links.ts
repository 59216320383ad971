import type { Report } from '../diagnostics.js';
import type { SourceKind } from '../nodes.js';

/** What a source URL tells: host, kind of page, event id. */
export interface LinkInfo {
  /** Host name, lower-cased; empty when the URL does not parse. */
  host: string;
  kind: SourceKind;
  /** The numeric id of a Kremlin event page. */
  eventId?: number;
}

// `/events/president/news/74102`, `/events/president/transcripts/74106`,
// with an optional trailing slash or `/photos` part.
const KREMLIN_EVENT = /^\/events\/president\/(news|transcripts)\/(\d+)(?:\/|$)/;

// `/catalog/countries/BY/events/74102`: an event page listed under a catalog.
const KREMLIN_CATALOG_EVENT = /^\/catalog\/(?:[^/]+\/)+events\/(\d+)(?:\/|$)/;

/**
 * Reads a source URL: host, kind (`news` / `transcripts` for Kremlin event
 * pages, `other` for anything else) and event id. Reports `MALFORMED_URL`
 * (warning) at `start..end` when the text is not a URL.
 */
export function normalizeLink(url: string, start: number, end: number, report: Report): LinkInfo {
  let parsed: URL;
  try {
    // The host is a normalized value: NFD and NFC spellings of one URL give one host.
    parsed = new URL(url.normalize('NFC'));
  } catch {
    report({
      code: 'MALFORMED_URL',
      severity: 'warning',
      message: `Expected a URL on the source line, found \`${url}\`, which does not parse as one.`,
      start,
      end,
    });
    return { host: '', kind: 'other' };
  }
  const host = parsed.hostname.toLowerCase();
  const match = /(^|\.)kremlin\.ru$/.test(host) ? KREMLIN_EVENT.exec(parsed.pathname) : null;
  // An id too long to be an exact integer is no event id.
  if (match && Number.isSafeInteger(Number(match[2]))) {
    return { host, kind: match[1] as 'news' | 'transcripts', eventId: Number(match[2]) };
  }
  // The same event reached through a catalog (`/catalog/countries/BY/events/74102`,
  // `/catalog/keywords/86/events/72559`): its id, its kind unknown.
  const catalog = /(^|\.)kremlin\.ru$/.test(host) ? KREMLIN_CATALOG_EVENT.exec(parsed.pathname) : null;
  if (catalog && Number.isSafeInteger(Number(catalog[1]))) return { host, kind: 'other', eventId: Number(catalog[1]) };
  return { host, kind: 'other' };
}
