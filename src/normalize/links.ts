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

// A URL's scheme as the grammar reads it: `http://` or `https://`, any case.
const SCHEME = /^https?:\/\//i;

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
  // Without its scheme (`en.kremlin.ru/events/…`, as browsers show it) the
  // URL is read as `http://` would make it.
  const full = SCHEME.test(url) ? url : `http://${url}`;
  let parsed: { hostname: string; pathname: string } | undefined = readPlainUrl(full);
  if (parsed === undefined) {
    try {
      // The host is a normalized value: NFD and NFC spellings of one URL give one host.
      parsed = new URL(full.normalize('NFC'));
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

// `http://en.kremlin.ru/events/president/news/74102`: `http` or `https`, a
// host of lower-case ASCII labels that each start with a letter, and a path
// of ASCII letters, digits, `_`, `~`, `-` and `/` (no dot, percent, query or
// fragment). Such a URL the URL parser gives back as written: the host needs
// no mapping (no label is a number, so it is no IPv4 address; `xn--` labels
// are left to the parser, which checks their punycode), the path no
// percent-encoding and has no `.` or `..` segment to resolve.
const PLAIN_URL = /^https?:\/\/((?:[a-z][a-z0-9-]*\.)*[a-z][a-z0-9-]*)(\/[A-Za-z0-9_~/-]*)?$/;

/**
 * The host name and path of a URL of the plain shape above, as `new URL`
 * reads them (`pathname` `/` when no path is written); `undefined` for any
 * other text, which the URL parser then reads. `new URL` costs microseconds
 * the first time after other work, and every source line comes to it so.
 *
 * @internal
 */
export function readPlainUrl(url: string): { hostname: string; pathname: string } | undefined {
  const m = PLAIN_URL.exec(url);
  if (!m || (m[1] as string).includes('xn--')) return undefined;
  return { hostname: m[1] as string, pathname: m[2] ?? '/' };
}
