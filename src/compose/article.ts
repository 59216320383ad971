import type { ListItem, RootContent, Title, TurnContent, When } from '../nodes.js';
import type { RawLine, RawSpeakerTurn, RawText } from '../raw.js';
import { COLONS, dropInvisibles, findThroughInvisibles, hasInvisible, isInvisibleCode } from '../lexicon.js';
import { buildBoilerplate, goesOnWithBanner, textChrome } from '../constructs/boilerplate.js';
import { buildTextCaption } from '../constructs/caption.js';
import { buildDatelineOverLines, isBareDateline } from '../constructs/dateline.js';
import { buildList } from '../constructs/list.js';
import { buildParagraph } from '../constructs/paragraph.js';
import { buildSpeakerTurn } from '../constructs/speaker-turn.js';
import { isTagShaped } from '../constructs/tag.js';
import { findDateInText } from '../normalize/time.js';
import type { Context } from '../context.js';
import { codeUnitSet, endsWithUnitOf } from '../util/code-units.js';
import { lazy } from '../util/lazy.js';
import { goesOnPastSentence } from '../util/sentence.js';
import { fewerWordsThan, isSpaceCode, normalizeSpace } from '../util/space.js';
import { clean } from '../context.js';
import { buildLineLeaves } from './leaves.js';

type Line = RawLine | null;

// Line ends, the lexicon's colons included, of what is no headline and no
// title. The last code unit is tested (all are BMP characters): a `[…]$`
// regex is tried at every position of the line.
const HEADLINE_ENDS = codeUnitSet(`.!?…»"'’”;,${COLONS}`);
const TITLE_ENDS = codeUnitSet(`.;,${COLONS}`);

// A related-article headline is a short line standing alone (blank lines
// around it) that does not end like a sentence. Its length is measured in
// NFC, so NFD text measures the same (the first test only spares normalizing
// long lines: NFD is at most 4 times as long as NFC; at most 640 units as
// written); `’` ends it like `'`.
function isHeadlineShaped(value: string): boolean {
  return (
    value.length <= 4 * 160 &&
    // The tests of the first and last characters come before measuring,
    // which goes over the whole line: most lines of prose end in a period.
    /^[\p{Lu}\p{Lt}]/u.test(value) &&
    !endsWithUnitOf(value, HEADLINE_ENDS) &&
    // The lexicon's invisibles are no character a reader counts.
    dropInvisibles(value).normalize('NFC').length <= 160
  );
}

const HAS_DIGIT = /[0-9]/;

/**
 * The first date of a paragraph's line (`ce 19 décembre`), read through the
 * lexicon's invisibles (`19 décembre \u200B2024`: a line that holds one
 * is searched without them); `raw` keeps the text as written.
 */
function dateInText(line: string): When | undefined {
  // A date starts with a day's digits, which no invisible stands for: a line
  // without a digit is spared the search for invisibles.
  if (!HAS_DIGIT.test(line)) return undefined;
  if (!hasInvisible(line)) return findDateInText(line)?.when;
  const through = findThroughInvisibles(line, (plain) => findDateInText(plain));
  return through && { ...through.found.when, raw: line.slice(through.start, through.end) };
}

/**
 * Whether a speaker's text goes on past its first sentence (`V. Poutine :
 * Bonsoir, ou plutôt, bonne nuit déjà. Je tiens …`): then the line is the
 * speech of a transcript that the excerpt opens with, not a headline
 * quoting its speaker, which is one sentence (`Lavrov : les Occidentaux ont
 * perdu le sens des réalités`).
 */
function speaksOn(text: string): boolean {
  return goesOnPastSentence(text);
}

/**
 * An article's title: its first line of text, unless that line ends like a
 * sentence of the body (a period, a colon, a comma): then the page shows no
 * title and the line is a paragraph. `!`, `?` and `…` end titles too.
 */
function isTitleShaped(value: string): boolean {
  return !endsWithUnitOf(value, TITLE_ENDS) || value.endsWith('...') || value.endsWith('…');
}

// A line that says it describes a photo: `Le président russe Vladimir
// Poutine (photo d'illustration).`
const PHOTO_NOTE = /\((?:photo|image)s?\b[^()]*\)\.?$/iu;

/**
 * Whether a line says it describes a photo (`… (photo d'illustration).`,
 * `Dmitri Peskov et Poutine (Photo : S.Ilnitsky / AFP)`): a caption, never
 * the title nor a paragraph. `)` last, or before a final period, is tested
 * before the regex; the words are read through invisibles (`(pho\u00ADto
 * …)`), as the grammar reads words.
 */
function saysPhoto(value: string): boolean {
  return value.charCodeAt(value.length - (value.charCodeAt(value.length - 1) === 0x2e ? 2 : 1)) === 0x29 && PHOTO_NOTE.test(hasInvisible(value) ? dropInvisibles(value) : value);
}

/**
 * Whether a line of text ends in a photo's credit after one sentence, or
 * after fewer words than a caption's (`Le président français Emmanuel
 * Macron (droite), vendredi 28 janvier à l'Élysée, … Photo: POOL
 * New/REUTERS`): the credit says whose picture the words describe, so they
 * are its caption, never the title nor a paragraph. The grammar reads the
 * credit (raw `credit`); sentences that run on past a caption's length are
 * the lead with a credit glued after it.
 */
function creditedCaption(raw: RawText, ctx: Context): boolean {
  if (raw.credit === undefined) return false;
  const words = ctx.slice(raw.start, raw.credit.start);
  return fewerWordsThan(words, CAPTION_WORDS) || !goesOnPastSentence(words);
}

// A question after a word: `Poutine dort-il lors du SPIEF? Le Kremlin
// répond`. A caption says what the picture shows and asks nothing: a line
// that asks is the page's headline, which some sites print between the
// picture's caption and its credit.
// Made on first use: only a page with captions and a credit asks it.
const asks = lazy(() => /[\p{L}\p{M}\p{N}»"”)]\s?\?/u);

// How many lines a news page's picture block holds under its title at most.
const CAPTION_REACH = 3;

// A caption in the body that ends like a sentence has fewer words than this:
// it says what the picture shows; a paragraph of the body says more.
const CAPTION_WORDS = 20;

/**
 * A news page's picture under its title: up to three lines of text, then a
 * credit line (`(Photo : AP)`, `© Sputnik`). Returns how many lines from
 * `from` are its captions, 0 when no credit line closes them, or when one
 * of the lines repeats the title (`title`, a {@link titleKey}): the picture
 * then has the title for its caption, and the lines above are the page's
 * lead and byline.
 */
function captionsBeforeCredit(lines: Line[], from: number, title: string, ctx: Context): number {
  let count = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line === null || line === undefined) continue;
    if (line.type === 'credit') return count;
    if (line.type !== 'text' || ++count > CAPTION_REACH) return 0;
    if (repeatsTitle(clean(ctx.slice(line.start, line.end)), title)) return 0;
  }
  return 0;
}

/**
 * The first letter of a line without its accent (`É` and NFD `E` + U+0301
 * both give `E`), apostrophes as `'`: a line whose letter differs from the
 * title's cannot repeat it.
 */
function baseLetter(value: string): string {
  const first = value.charAt(0);
  if (first === '’' || first === 'ʼ' || first === '‘') return "'";
  return first < '\u00C0' ? first : first.normalize('NFD').charAt(0);
}

// Every apostrophe of scrapes, which the title key writes as `'`.
const APOSTROPHES = /[’'ʼ‘]/g;

/**
 * How a line is compared with the title to find its repetition: in NFC, with
 * every apostrophe (`’`, `'`, `ʼ`, `‘`) as `'`, spaces of any kind as one
 * space and the lexicon's invisibles dropped. Scrapes mix these (`L'Union` above, `L’Union` repeated below).
 * @internal
 */
export function titleKey(value: string): string {
  return normalizeSpace(dropInvisibles(value)).replace(APOSTROPHES, "'");
}

/**
 * Whether NFC may change a code unit or the one before it, or the unit is
 * one of the lexicon's invisibles, which the key drops: see {@link repeatsTitle}.
 */
function mayCompose(c: number): boolean {
  return (c >= 0x300 && (c < 0x2000 || c > 0x206f)) || isInvisibleCode(c);
}

/**
 * Whether a line's title key (see {@link titleKey}) is `key`, without
 * building the line's key: most lines differ from the title within a few
 * characters, and building the key normalizes the whole line. Walks both
 * strings with the key's rules; a character that NFC might change (a
 * combining mark, or anything from U+0300 up outside the General
 * Punctuation block, which NFC leaves as it is) hands the line to `titleKey`.
 * @internal
 */
export function repeatsTitle(value: string, key: string): boolean {
  let end = value.length;
  while (end > 0 && isSpaceCode(value.charCodeAt(end - 1))) end--;
  let i = 0;
  while (i < end && isSpaceCode(value.charCodeAt(i))) i++;
  let j = 0;
  while (i < end) {
    let c = value.charCodeAt(i);
    if (isSpaceCode(c)) {
      while (isSpaceCode(value.charCodeAt(i))) i++;
      if (key.charCodeAt(j++) !== 0x20) return false;
      continue;
    }
    if (c === 0x2019 || c === 0x02bc || c === 0x2018) c = 0x27;
    else if (mayCompose(c)) return titleKey(value) === key;
    // `e` before a combining accent is `é` in NFC: the mismatch is NFC's to decide.
    if (key.charCodeAt(j++) !== c) return mayCompose(value.charCodeAt(i + 1)) && titleKey(value) === key;
    i++;
  }
  return j === key.length;
}

/**
 * Whether the next non-blank line after `i` repeats `value` as a title
 * repeats (see {@link repeatsTitle}). Only a line of about the same length
 * (within four times: NFD, spaces) that starts with the same letter gets
 * compared: most first lines are spared building their key.
 */
function repeatedBelow(lines: Line[], i: number, value: string, ctx: Context): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j];
    if (line === null || line === undefined) continue;
    if (line.type !== 'text') return false;
    const next = clean(ctx.slice(line.start, line.end));
    return (
      next.length <= 4 * value.length &&
      value.length <= 4 * next.length &&
      baseLetter(next) === baseLetter(value) &&
      repeatsTitle(next, titleKey(value))
    );
  }
  return false;
}

/**
 * Composes the lines of a news article: its title, body paragraphs, and the
 * page chrome around them as boilerplate (the grammar's follow and share
 * lines, bylines and slogan; here the page's path above the title, the
 * repeated title and lines, view counters, subscription prompts, related
 * headlines, and cookie banners over their consent text and buttons).
 * A speaker turn goes on over the text, lists, elisions and captions under
 * its label, up to the next label or a line of the page (chrome, a
 * dateline, a source link), as in a dossier.
 * Returns the children and the first date written in the body, in a
 * dateline or in the text.
 *
 * @internal
 */
export function composeArticle(lines: Line[], ctx: Context): { children: RootContent[]; when?: When } {
  const children: RootContent[] = [];
  // The items of the list being read, built into one list before the next node.
  let items: ListItem[] = [];
  // The speaker turn being read: its label line and the lines that continue
  // it (FORMAT.md: lines without a label continue the turn), built into one
  // node when a node that cannot continue it comes, so that it gets its
  // position once.
  let turn: { raw: RawSpeakerTurn; rest: TurnContent[] } | undefined;
  const endList = (): void => {
    if (items.length === 0) return;
    const list = buildList(items);
    items = [];
    if (turn) turn.rest.push(list);
    else children.push(list);
  };
  const endTurn = (): void => {
    endList();
    if (turn === undefined) return;
    children.push(buildSpeakerTurn(turn.raw, ctx, turn.rest));
    turn = undefined;
  };
  // A node of the page (chrome, a dateline, a source link): it ends the turn.
  const push = (node: RootContent): void => {
    endTurn();
    children.push(node);
  };
  // Text, a list, an elision, a counter or a caption: in the turn when one is open.
  const flow = (node: TurnContent & RootContent): void => {
    endList();
    if (turn) turn.rest.push(node);
    else children.push(node);
  };
  // The title as compared with later lines (titleKey); unset before the title.
  let title: string | undefined;
  let titleLetter = '';
  let inCookieBanner = false;
  // The title can only be the first line of text.
  let seenText = false;
  let seenBody = false;
  // Lines under the title still to read as captions (see captionsBeforeCredit).
  let captionsToCredit = 0;
  // A gallery's slide is open: its counter was read (`1/12`) on the line
  // above, or its credit line under it, and not yet its text, which is the
  // photo's caption.
  let slide = false;
  // The caption read right above a credit line, to find it printed again under the credit.
  let captionOfCredit: string | undefined;
  let when: When | undefined;
  // The index of the last non-blank line.
  let lastLine = lines.length - 1;
  while (lastLine >= 0 && (lines[lastLine] ?? null) === null) lastLine--;
  // The last line read when it is a text line, to find a line printed twice in a row.
  let lastText: string | undefined;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw === null || raw === undefined) {
      // A slide's text stands right under its counter or its credit.
      slide = false;
      continue;
    }
    // Read once: the lines are of many shapes, so each read of a field is a
    // lookup by name rather than at a known place.
    const { type, start, end } = raw;
    const value = clean(ctx.slice(start, end));
    // The line above, when it is a text line: a line printed twice in a row.
    const above = lastText;
    lastText = type === 'text' ? value : undefined;
    // Chrome by its words (a count, a subscription prompt, a banner's first
    // line) and, above the title, the page's path.
    const chrome = type === 'text' ? textChrome(value, !seenText) : undefined;
    const consent = (type === 'chrome' && raw.kind === 'cookieBanner') || chrome === 'cookieBanner';
    // A banner goes on over its buttons and its text about consent, down to
    // the first line of the text that is neither.
    inCookieBanner = consent || (inCookieBanner && goesOnWithBanner(value, seenBody));
    if (inCookieBanner) {
      push(buildBoilerplate('cookieBanner', start, end, ctx));
      continue;
    }
    if (type === 'chrome') {
      push(buildBoilerplate(raw.kind, start, end, ctx));
      continue;
    }
    if (chrome !== undefined) {
      push(buildBoilerplate(chrome, start, end, ctx));
      continue;
    }
    // A date alone above the title (the page's date of publication:
    // `jeudi 11 juin 2015`, `Publié le 12/10/2016`) is a dateline, never the
    // title, and leaves the title to the next line.
    // So is a photo's caption above it (`… (photo d'illustration).`, `…
    // Photo: POOL New/REUTERS`): the title may follow its picture.
    const pictured = type === 'text' && (saysPhoto(value) || creditedCaption(raw, ctx));
    const firstText = !seenText && type !== 'dateline' && !pictured;
    seenText ||= type !== 'dateline' && !pictured;
    // The first line is the title if it is shaped like one, or if the page
    // prints it again right under it, whatever its end (`… l’essentiel:`).
    if (firstText && !(type === 'speakerTurn' && speaksOn(raw.text.value)) && (isTitleShaped(value) || repeatedBelow(lines, i, value, ctx))) {
      title = titleKey(value);
      titleLetter = baseLetter(title);
      const node: Title = { type: 'title', value, position: ctx.pos(start, end) };
      push(node);
      captionsToCredit = captionsBeforeCredit(lines, i + 1, title, ctx);
      continue;
    }
    // Only a line that starts with the title's letter, and whose key can be
    // as long as the title's (NFC makes a text at most three times as long),
    // can repeat it: the others skip the key, which normalizes the whole line.
    if (title !== undefined && 3 * value.length >= title.length && baseLetter(value) === titleLetter && repeatsTitle(value, title)) {
      push(buildBoilerplate('repeatedTitle', start, end, ctx));
      continue;
    }
    // A page prints its lead, or another line, twice in a row (a meta tag's
    // copy above the body's): the second is chrome.
    // Compared as titles are (apostrophes, spaces, invisibles, NFC): a page's
    // two copies may differ by a curly apostrophe or a tab. Only a line that
    // starts with the same letter can be the same; others skip the key.
    if (type === 'text' && above !== undefined && (value === above || (baseLetter(value) === baseLetter(above) && repeatsTitle(value, titleKey(above))))) {
      push(buildBoilerplate('repeatedLine', start, end, ctx));
      continue;
    }
    // The picture block ends at its credit line.
    if (type === 'credit') captionsToCredit = 0;
    // Under a gallery's counter and its credit, the slide's text (`1/12` /
    // `© Sputnik . Michael Klimentyev` / `La première heure de la conférence
    // …`), as under a dossier's counter.
    const slideText = slide && type === 'text';
    slide &&= type === 'credit';
    if (
      type === 'text' &&
      (slideText ||
        (captionsToCredit > 0 && !asks().test(value)) ||
        pictured)
    ) {
      // Under the title: the picture's captions, down to its credit line; or
      // a line that says it describes a photo (`… (photo d'illustration).`).
      flow(buildTextCaption(raw as RawText, ctx));
      captionsToCredit--;
      captionOfCredit = value;
      continue;
    }
    // A picture in the body: its caption right above its credit line, with
    // no blank line between (`Vladimir Poutine sur les pistes de ski` /
    // `© Sputnik . Mikhaïl Klimentiev`), a line that ends no sentence, or
    // one short sentence standing alone between a blank line and the credit
    // (`Meeting with heads of international news agencies.` / `Photo:
    // Kremlin.ru`): a paragraph of the body is followed by a blank line or
    // by more text, not by a credit. The page often prints the caption
    // again right under the credit (the picture's text and its caption).
    // Indexes inside the array only: reading `lines[-1]` or past the end is a
    // slow lookup (`-1` is a property name), not an element read.
    const after = i + 1 < lines.length ? lines[i + 1] : null;
    if (type === 'text') {
      if (after?.type === 'credit' && (isTitleShaped(value) || (i > 0 && lines[i - 1] === null && fewerWordsThan(value, CAPTION_WORDS) && !goesOnPastSentence(value)))) {
        flow(buildTextCaption(raw as RawText, ctx));
        captionOfCredit = value;
        continue;
      }
      if (captionOfCredit !== undefined && i > 0 && lines[i - 1]?.type === 'credit' && repeatsTitle(value, titleKey(captionOfCredit))) {
        captionOfCredit = undefined;
        push(buildBoilerplate('repeatedLine', start, end, ctx));
        continue;
      }
    }
    if (type !== 'credit') captionOfCredit = undefined;
    if (type === 'speakerTurn') {
      endTurn();
      turn = { raw, rest: [] };
      seenBody = true;
      continue;
    }
    // A date alone on its line with its time under it, and maybe its place
    // under that (the Kremlin's event page: `April 18, 2022` / `18:00` /
    // `Moscow`): one dateline, as in a dossier.
    if (isBareDateline(raw)) {
      const time = i + 1 < lines.length ? lines[i + 1] : null;
      if (time?.type === 'time') {
        const next = i + 2 < lines.length ? lines[i + 2] : null;
        const placeLine = next?.type === 'text' && isTagShaped(clean(ctx.slice(next.start, next.end))) ? next : null;
        const dateline = buildDatelineOverLines(raw, time, placeLine, ctx);
        push(dateline);
        when ??= dateline.when;
        i += placeLine ? 2 : 1;
        lastText = undefined;
        continue;
      }
    }
    const leaves = type === 'text' ? undefined : buildLineLeaves(raw, ctx);
    if (leaves) {
      for (const leaf of leaves) {
        // Items go on one list until another node comes: it is built then.
        // A counter with its caption on its line has its text there.
        if (leaf.type === 'photoCounter') slide = true;
        else if (leaf.type === 'caption') slide = false;
        if (leaf.type === 'listItem') items.push(leaf);
        else if (leaf.type === 'dateline' || leaf.type === 'sourceLink') push(leaf);
        else flow(leaf);
        if (leaf.type === 'dateline') when ??= leaf.when;
      }
      continue;
    }
    const before = i > 0 ? lines[i - 1] : null;
    const alone = (before ?? null) === null && (after ?? null) === null;
    // The text's last line is no headline: a scrape cut mid-sentence ends
    // with one that has no end of sentence. Nor is a photo's credit
    // (`Photo : Pavel Bedniakov, RIA Novosti`), which names no article.
    if (type !== 'credit' && seenBody && alone && i < lastLine && isHeadlineShaped(value)) {
      push(buildBoilerplate('relatedHeadline', start, end, ctx));
      continue;
    }
    const paragraph = buildParagraph(start, end, ctx, value);
    flow(paragraph);
    seenBody = true;
    if (!when) when = dateInText(ctx.slice(start, end));
  }
  endTurn();
  return when ? { children, when } : { children };
}
