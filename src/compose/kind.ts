import type { DocumentKind } from '../nodes.js';
import { regexClass, SPACES } from '../lexicon.js';
import { isLineSpaceCode, normalizeSpace } from '../util/space.js';
import { lazy } from '../util/lazy.js';
import type { RawDateline, RawLine, RawPart } from '../raw.js';
import { isBareDateline, writesMonthFirst } from '../constructs/dateline.js';
import { placeBelow } from './place-below.js';
import { startsCookieBanner } from '../constructs/boilerplate.js';
import { normalizeLink } from '../normalize/links.js';

/** What {@link detectKind} found: the kind, and the form that says how to compose it. */
export interface KindReading {
  kind: DocumentKind;
  /**
   * `compilation`: a dossier of several events (header, table of contents or
   * numbered sections); `eventPage`: one event page (the Kremlin's, or its
   * copy), composed without the compilation's expectations; `prose` and
   * `none` for articles and unknown text.
   */
  form: 'compilation' | 'eventPage' | 'prose' | 'none';
}

// Within how many non-blank lines from the top an event page's dateline
// stands (under the site's chrome and the event's title).
const EVENT_DATELINE_REACH = 80;

// A line of prose: at least this many words. Titles, chrome, counters and
// labels are shorter.
const PROSE_WORDS = 8;

// An event page's dateline stands under its title and at most a lead, below
// the site's chrome (and in a repost of several event pages, under the
// previous event's text and its own title): from this many lines of prose
// since the top or the previous dateline, the dateline is one an article
// quotes (`June 19, 2025, St Petersburg` under a news item's paragraphs),
// no event page's.
const QUOTED_DATELINE = 4;

// Each reading is one shared, frozen object (callers only read it): no object per call.
const COMPILATION: KindReading = Object.freeze({ kind: 'dossier', form: 'compilation' });
const EVENT_PAGE: KindReading = Object.freeze({ kind: 'dossier', form: 'eventPage' });
const ARTICLE: KindReading = Object.freeze({ kind: 'article', form: 'prose' });
const UNKNOWN: KindReading = Object.freeze({ kind: 'unknown', form: 'none' });

/**
 * Decides what kind of document the lines make, from their structure:
 *
 * - a `dossier` has a header line first, a table of contents or numbered
 *   section headings (a compilation), or is one event page: a dateline that
 *   names its place near the top, under at most three lines of prose
 *   (`May 23, 2024, Minsk`, `May 24, 2024` / `14:10` / `Minsk`, `October
 *   26, 2007` / `` / `Mafra, Portugal`), a date written month first with its time alone
 *   under it (`April 18, 2022` / `18:00`), a bare date printed again at the
 *   page's foot (`September 26, 2021`), a dateline above a Kremlin event's source link
 *   (`July 8, 2017 - 17:40` … `The source of information - http://en.kremlin.ru/events/president/news/55018`,
 *   the event pages' reposts), a `* * *` break followed by a speaker
 *   turn, the shape of a Kremlin transcript, or a dialogue from the first
 *   line on (a named speaker's turn, another speaker's, then the first
 *   speaker's again: the Kremlin's transcript page printed without its title);
 * - an `article` is any other text with a line of prose, or with a news
 *   page's chrome (follow or share line, byline, cookie banner, slogan),
 *   whatever the site. A line of prose is a sentence of eight words or
 *   more, with a sentence's end; or without one, as scrapes save a
 *   standfirst or a caption, where most of its words open in a small
 *   letter, unless it is the page's first line of text or that line
 *   printed again (the title, which ends with no stop however long). A
 *   list item of either shape is prose too (a news page's key points,
 *   `• La Russie surveille …`);
 * - `unknown` is text with neither (lists, chrome, numbers, binary junk).
 *
 * @internal
 */
export function detectKind(lines: Array<RawLine | null>, text: string): KindReading {
  let prose = false;
  let turns = false;
  let chrome = false;
  let eventDateline = false;
  // A dateline within reach of the top, of any shape.
  let datelineAbove = false;
  let seen = 0;
  // Lines of prose since the top or the last dateline, counted up to QUOTED_DATELINE.
  let proseLines = 0;
  let afterBreak = false;
  // The name of the speaker whose turn is the first line of text, whether
  // another speaker answered them, and whether they spoke again after that.
  let firstSpeaker: string | undefined;
  let answered = false;
  let spokenBelow = false;
  // Where the last unnumbered entry was, counted in read lines.
  let lastEntry: number | undefined;
  // The first line of text, trimmed: the page's title.
  let title: string | undefined;
  // The bare dates near the top (`September 26, 2021` alone on its line), as written.
  const bareDates = new Set<string>();
  // Lines are read as prose until the count says enough: a line of prose
  // makes an article, and enough of them above a dateline a quoted one.
  const counting = (): boolean => !prose || (!eventDateline && proseLines < QUOTED_DATELINE);
  const count = (reading: ProseReading): void => {
    if (reading !== NO_PROSE) prose = true;
    if (reading === STOPPED) proseLines++;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === null || line === undefined) continue;
    seen++;
    switch (line.type) {
      case 'header':
        if (seen === 1) return COMPILATION;
        break;
      // A numbered heading: a compilation's table of contents or sections.
      case 'heading':
      case 'subheading':
        return COMPILATION;
      // Unnumbered entries make a table of contents only two or more in a
      // row, as the structure grammar's Toc reads them; one alone is a list
      // item of any page. Entry, bullet, entry is the widest gap of a row.
      case 'listItem':
      case 'entry':
        if (line.type === 'listItem' && line.entry === undefined) {
          // A list item of a sentence's length is the text's prose (a news
          // page's key points under their heading); a menu, a list of names
          // or of headings is shorter, or opens its words with capitals.
          if (counting()) count(readProse(line.text.value, !prose));
          break;
        }
        if (lastEntry !== undefined && seen - lastEntry <= 2) return COMPILATION;
        lastEntry = seen;
        break;
      case 'dateline': {
        // A page's date of publication says nothing of an event.
        if (line.published === true) break;
        const near = seen <= EVENT_DATELINE_REACH;
        datelineAbove ||= near;
        if (eventDateline) break;
        const quoted = proseLines >= QUOTED_DATELINE;
        proseLines = 0;
        if (near && !quoted && (placeAfterDate(line) || timedBelow(lines, i, line) || placeBelow(lines, i, text) >= 0)) eventDateline = true;
        else if (isBareDateline(line)) {
          // The Kremlin's page prints its date again at its foot: a bare
          // date near the top, found again on a later line, is the event's.
          const date = text.slice(line.when.start, line.when.end);
          if (bareDates.has(date)) eventDateline = true;
          else if (near) bareDates.add(date);
        }
        break;
      }
      case 'speakerTurn':
        if (afterBreak) return EVENT_PAGE;
        // A transcript from its first line on, a person speaking, is the
        // Kremlin's transcript page as printed: no title, no lead above the
        // words (a news page or a repost opens with its title).
        if (seen === 1 && line.label.name !== null && line.dialogue === undefined) firstSpeaker = nameOf(line.label.name, text);
        else if (firstSpeaker !== undefined) {
          const again = line.label.name !== null && nameOf(line.label.name, text) === firstSpeaker;
          if (again && answered) spokenBelow = true;
          answered ||= !again;
        }
        turns = true;
        prose ||= isProse(line.text.value);
        break;
      case 'sourceLink':
        // An event's page ends with its link on the Kremlin's site: under a
        // dateline, the text is that event's (its copy, or several in a row).
        if (datelineAbove && isEventLink(line.url.value)) return EVENT_PAGE;
        break;
      case 'chrome':
        // A follow line, a cookie banner or a slogan is a news page's.
        chrome = true;
        break;
      case 'text': {
        // A line the grammar did not read (over limits.maxLineLength) tells
        // nothing.
        if (line.overlong === true) break;
        if (title === undefined) title = text.slice(line.start, line.end).trim();
        if (!counting()) break;
        const value = text.slice(line.start, line.end);
        // A news page opens with its title, and often prints it again under
        // itself: a sentence without its stop there is the title (news
        // titles end with none, however long), and a title alone is no
        // article.
        const reading = readProse(value, !prose);
        if (reading !== UNSTOPPED || value.trim() !== title) count(reading);
        break;
      }
      default:
        break;
    }
    afterBreak = line.type === 'elision' && line.kind === 'break';
  }
  // A dateline alone makes no event page: the event's text follows it.
  if (eventDateline && (prose || turns)) return EVENT_PAGE;
  // A label on the first line may be a colon headline's (`RUSSIALINK
  // TRANSCRIPT: “Direct Line …”`): in a transcript, another speaker answers
  // its speaker, who speaks again.
  if (spokenBelow) return EVENT_PAGE;
  return prose || chrome || holdsCookieBanner(lines, text) ? ARTICLE : UNKNOWN;
}

// How a line reads, as {@link readProse} tells.
const NO_PROSE = 0;
const STOPPED = 1;
const UNSTOPPED = 2;
type ProseReading = typeof NO_PROSE | typeof STOPPED | typeof UNSTOPPED;

/**
 * How a line reads: `STOPPED` for a line of prose with a sentence's end
 * ({@link isProse}); `UNSTOPPED` for a sentence that lost its stop
 * ({@link isUnstoppedSentence}), asked when `unstopped` is set; `NO_PROSE`
 * otherwise. A sentence without its stop
 * makes the text prose but is not counted among the lines above a
 * dateline: it may be a title (an event's, under the site's chrome), and
 * the Kremlin's event page prints its title there.
 */
function readProse(value: string, unstopped: boolean): ProseReading {
  // Eight words take fifteen characters at least: short lines (a menu's
  // items, a byline) skip both scans.
  if (value.length < 2 * PROSE_WORDS - 1) return NO_PROSE;
  if (isProse(value)) return STOPPED;
  return unstopped && isUnstoppedSentence(value) ? UNSTOPPED : NO_PROSE;
}

/**
 * Whether a dateline names its place after its date, as the Kremlin's event
 * page does (`May 23, 2024, Minsk`); a place first (`Moscow, December 23,
 * 2016`) opens a ministry's or an agency's text, which is no event page.
 */
function placeAfterDate(line: RawDateline): boolean {
  const { place, date } = line.when;
  return place !== null && (date === null || place.start > date.start);
}

/**
 * Whether a dateline's time stands alone on the line under it, as the
 * Kremlin's event page writes them (`April 18, 2022` / `18:00`): with a
 * line under the time (the place's), or with the date written month first,
 * the style of the Kremlin's English pages (a French page that prints its
 * date and then its time writes the day first).
 */
function timedBelow(lines: Array<RawLine | null>, i: number, line: RawDateline): boolean {
  if (i + 1 >= lines.length || lines[i + 1]?.type !== 'time') return false;
  return i + 2 >= lines.length || lines[i + 2] !== null || writesMonthFirst(line);
}

/** A label's name as written, its spaces made one: how a transcript spells its speaker again. */
function nameOf(name: RawPart, text: string): string {
  return normalizeSpace(text.slice(name.start, name.end));
}

/** Whether a URL is a Kremlin event page's (`…/events/president/news/74102`). */
function isEventLink(url: string): boolean {
  // The composer reports a malformed URL where it builds the link.
  return normalizeLink(url, 0, 0, () => {}).eventId !== undefined;
}

/**
 * Whether a text line starts a cookie banner (`… utilise des cookies`), a
 * news page's chrome that the grammar does not read (it hangs on a word
 * anywhere in the line): asked only of a text with no prose and no chrome.
 */
function holdsCookieBanner(lines: Array<RawLine | null>, text: string): boolean {
  return lines.some((line) => line?.type === 'text' && line.overlong !== true && startsCookieBanner(text.slice(line.start, line.end)));
}

/**
 * A line of prose: eight words or more that hold letters, and the end of a
 * sentence somewhere (`.`, `!`, `?` or `…` after a word, in NFC or NFD, before a space or the line’s
 * end): scrapes are often cut mid-sentence, so the line itself need not end
 * with one.
 */
function isProse(value: string): boolean {
  return hasSentenceEnd(value) && wordCount(value) >= PROSE_WORDS;
}

/**
 * A sentence that lost its stop, as scrapes save a standfirst, a caption or
 * a key point (`Le président russe a répondu aux questions des citoyens lors
 * de sa 16e ligne directe`): eight words or more that hold letters, among
 * the words looked at, and more than half of them opening in a small letter
 * (its first letter, past quotes and digits: `d’utilisation`, `16th`). A
 * heading in title case, a menu, a list of names or a line in capitals opens
 * most of its words with a capital.
 */
function isUnstoppedSentence(value: string): boolean {
  let words = 0;
  let small = 0;
  let pieces = 0;
  // Whether the word so far holds a letter (its first decides its case).
  let letter = false;
  const length = value.length;
  // One step past the line: its end closes the last word, as a space
  // would (and `charCodeAt` is never asked past it, see wordCount).
  for (let i = 0; i <= length; i++) {
    const c = i < length ? value.charCodeAt(i) : 0x20;
    if (!isLineSpaceCode(c)) {
      if (!letter && isLetterAt(value, i, c)) {
        letter = true;
        words++;
        if (isSmallLetterAt(value, i, c)) small++;
      }
      continue;
    }
    // The end of a word (maybe empty), then the rest of its run of spaces.
    letter = false;
    if (++pieces >= WORDS_LOOKED_AT) break;
    while (i + 1 < length && isLineSpaceCode(value.charCodeAt(i + 1))) i++;
  }
  return words >= PROSE_WORDS && 2 * small > words;
}

const SMALL_LETTER = /\p{Ll}/u;

/** Whether the letter (code point) at `i` is a small one (`\p{Ll}`); past ASCII, by the regex. */
function isSmallLetterAt(value: string, i: number, c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return SMALL_LETTER.test(String.fromCodePoint(value.codePointAt(i) as number));
}

/** `.`, `!`, `?` or `…` (a run of them) after a letter, a digit, a mark or a closing quote, and before a space or the end. */
function hasSentenceEnd(value: string): boolean {
  // The regex finds the last stop of a run (one character, no Unicode
  // class: fast, and linear on a line of a million periods); the run is
  // then walked back once to the character before it, by code units.
  STOP.lastIndex = 0;
  for (let m = STOP.exec(value); m !== null; m = STOP.exec(value)) {
    let i = m.index;
    while (i > 0 && isStopCode(value.charCodeAt(i - 1))) i--;
    if (i > 0 && isWordEndCode(value.charCodeAt(i - 1))) return true;
  }
  return false;
}

const STOP = new RegExp(`[.!?…](?=${regexClass(SPACES)}|$)`, 'g');

/** `.`, `!`, `?` or `…`. */
function isStopCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

// Made on first use: most stops follow an ASCII letter.
const wordEnd = lazy(() => /[\p{L}\p{M}\p{N}»"”)\]]/u);

/**
 * Whether the code unit before a stop ends a word: a letter, a mark, a digit,
 * `»`, `"`, `”`, `)` or `]`. One code unit, as the stop's neighbour: half of a
 * surrogate pair is none. ASCII is decided by its ranges; past it, the regex.
 */
function isWordEndCode(c: number): boolean {
  if (c < 0x80) return isAsciiLetterCode(c) || (c >= 0x30 && c <= 0x39) || c === 0x22 || c === 0x29 || c === 0x5d;
  return wordEnd().test(String.fromCharCode(c));
}

/** `A`–`Z` or `a`–`z`: the letters (`\p{L}`) of ASCII. */
function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

const LETTER = /\p{L}/u;

/** Whether the character (code point) at `i` is a letter; past ASCII, by the regex. */
function isLetterAt(value: string, i: number, c: number): boolean {
  if (c < 0x80) return isAsciiLetterCode(c);
  // A letter past the BMP is a surrogate pair, tested whole at its first
  // half (its second half alone is no letter, nor is a lone surrogate).
  return LETTER.test(String.fromCodePoint(value.codePointAt(i) as number));
}

// The words looked at: those of the first 32 runs between spaces, as
// `split(/Sp+/, 32)` cut them (a line that has no prose in 32 words has none).
const WORDS_LOOKED_AT = 4 * PROSE_WORDS;

/**
 * Whether a line holds at least `PROSE_WORDS` words with a letter, separated
 * by the grammar's spaces (runs of the lexicon's `SPACES`; a line that starts
 * or ends with spaces has an empty word there, which counts in the 32).
 * Counted over the code units rather than by `split` and a regex per word:
 * this runs on every text line until one is prose.
 */
function wordCount(value: string): number {
  let words = 0;
  let pieces = 0;
  let letter = false;
  const length = value.length;
  // Only inside the line: `charCodeAt` past its end is NaN, which would make
  // the loop's code unit a double instead of a small integer.
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (!isLineSpaceCode(c)) {
      if (!letter) letter = isLetterAt(value, i, c);
      continue;
    }
    // The end of a word (maybe empty), then the rest of its run of spaces.
    if (letter && ++words >= PROSE_WORDS) return words;
    if (++pieces >= WORDS_LOOKED_AT) return words;
    letter = false;
    while (i + 1 < length && isLineSpaceCode(value.charCodeAt(i + 1))) i++;
  }
  // The last word ends with the line.
  return letter ? words + 1 : words;
}
