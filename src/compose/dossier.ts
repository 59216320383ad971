import type {
  FlowContent,
  List,
  Participants,
  RootContent,
  Section,
  SpeakerTurn,
  Subsection,
  Toc,
  TurnContent,
} from '../nodes.js';
import type { RawDateline, RawEntry, RawHeading, RawLine, RawWhen } from '../raw.js';
import { buildTextCaption } from '../constructs/caption.js';
import { buildDateline } from '../constructs/dateline.js';
import { buildBoilerplate } from '../constructs/boilerplate.js';
import { buildHeader } from '../constructs/header.js';
import { buildTocEntry, openSection, openSubsection } from '../constructs/heading.js';
import { openList } from '../constructs/list.js';
import { buildParagraph } from '../constructs/paragraph.js';
import {
  buildParticipant,
  closesParticipants,
  openParticipants,
  participantsIntro,
} from '../constructs/participants.js';
import { openSpeakerTurn } from '../constructs/speaker-turn.js';
import { buildTag, isTagShaped } from '../constructs/tag.js';
import type { Context } from './context.js';
import { clean } from './context.js';
import { buildLineLeaves } from './leaves.js';

type Line = RawLine | null;

// The start of a header line (`6125 – RUSSIE – …`): a number, a dash, a word
// of two capitals or more (uppercase or titlecase, as in the grammar), each
// maybe with combining marks, so that NFD text (`ÉR`) reads like NFC.
const HEADER_START = /^[\s\u00A0]*\d+[\s\u00A0]*[–—-][\s\u00A0]*(?:[\p{Lu}\p{Lt}]\p{M}*){2}/u;

/** Index of the next non-blank line at or after `from`, or -1. */
function nextLine(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i] !== null) return i;
  return -1;
}

/** One entry of the table of contents: its line, and where it starts (a bullet line before it, or itself). */
interface TocLine {
  line: number;
  start: number;
}

/**
 * Finds the table of contents: the first run of heading lines with rising
 * numbers (blank lines between them allowed) is a TOC when it has two
 * entries or more, or when the heading after it repeats its first number.
 * Unnumbered entries (a `-` bullet line, then `Title – 9 septembre 2021 –
 * 15h45`) make a TOC when two or more follow one another. Returns
 * the entries' lines.
 */
function findToc(lines: Line[], from: number): TocLine[] {
  // Stray text may stand before the TOC; it stays a paragraph.
  let i = from;
  while (i < lines.length && !opensToc(lines, i)) i++;
  if (i >= lines.length) return [];
  if (lines[i]?.type !== 'heading') return unnumberedToc(lines, i);
  const block: TocLine[] = [];
  let previous = -1;
  while (i !== -1 && lines[i]?.type === 'heading') {
    // Numbering that starts again (`1°/` after `4°/`) is the first section.
    const number = Number((lines[i] as RawHeading).number.value);
    if (number <= previous) break;
    previous = number;
    block.push({ line: i, start: (lines[i] as RawHeading).start });
    i = nextLine(lines, i + 1);
  }
  if (block.length >= 2) return block;
  if (block.length === 1) {
    const first = lines[(block[0] as TocLine).line] as RawHeading;
    for (let j = i; j !== -1 && j < lines.length; j++) {
      const line = lines[j];
      if (line?.type === 'heading') return line.number.value === first.number.value ? block : [];
    }
  }
  return [];
}

/** Whether a TOC entry starts at line `i`: a heading, or a bullet line before an unnumbered entry. */
function opensToc(lines: Line[], i: number): boolean {
  const type = lines[i]?.type;
  return type === 'heading' || (type === 'bullet' && lines[i + 1]?.type === 'entry');
}

/** The run of unnumbered entries (a bullet line, then the entry) from line `i`, when it has two or more. */
function unnumberedToc(lines: Line[], i: number): TocLine[] {
  const block: TocLine[] = [];
  for (let j = i; j !== -1 && j < lines.length; j = nextLine(lines, j + 2)) {
    const line = lines[j];
    if (line?.type !== 'bullet' || lines[j + 1]?.type !== 'entry') break;
    block.push({ line: j + 1, start: line.start });
  }
  return block.length >= 2 ? block : [];
}

/**
 * The lines after a dateline that carry its time and place: the Kremlin's
 * event pages write `May 24, 2024`, `14:10` and `Minsk` on three lines, one
 * under the other. Returns the joined timestamp and the last line it takes,
 * or undefined when the dateline stands alone.
 */
function joinDateline(lines: Line[], i: number, ctx: Context): { raw: RawDateline; last: number } | undefined {
  const dateline = lines[i] as RawDateline;
  const time = lines[i + 1];
  if (dateline.when.time !== null || dateline.when.place !== null || time?.type !== 'time') return undefined;
  let last = i + 1;
  let place: RawWhen['place'] = null;
  const next = lines[i + 2];
  if (next?.type === 'text' && isPlaceShaped(clean(ctx.slice(next.start, next.end)))) {
    const value = ctx.slice(next.start, next.end);
    place = { start: next.start, end: next.end, sep: '\n', name: { value, start: next.start, end: next.end } };
    last = i + 2;
  }
  const end = (lines[last] as RawLine).end;
  const when: RawWhen = { start: dateline.when.start, end, date: dateline.when.date, time: time.time, place };
  return { raw: { type: 'dateline', start: dateline.start, end, when }, last };
}

/** A place written on its own line: a few capitalized words, no sentence punctuation (`Minsk`, `Novo-Ogaryovo, Moscow Region`). */
function isPlaceShaped(value: string): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(value) && !/[.!?:;…]$/u.test(value) && value.split(/\s+/u).length <= 5;
}

/**
 * Composes the lines of a dossier (or of a document of unknown kind) into
 * the root's children: header, table of contents, sections with their
 * subsections, and inside them speaker turns, lists, participants lists,
 * tags and the single-line constructs.
 *
 * @internal
 */
export function composeDossier(lines: Line[], ctx: Context, strict: boolean): RootContent[] {
  const root: RootContent[] = [];
  let section: Section | null = null;
  let sub: Subsection | null = null;
  let turn: SpeakerTurn | null = null;
  let list: List | null = null;
  let participants: Participants | null = null;
  // The type of the last node placed in the current container (not in a turn).
  const last: { type: FlowContent['type'] | null } = { type: null };

  // Flow content goes into the innermost open subsection, section or the root.
  const place = (node: FlowContent): void => {
    (sub ? sub.children : section ? section.children : root).push(node);
    last.type = node.type;
  };
  const closeTurn = (): void => {
    turn = null;
    list = null;
  };
  const closeAll = (): void => {
    closeTurn();
    participants = null;
  };

  let start = 0;
  const firstIndex = nextLine(lines, 0);
  const first = firstIndex === -1 ? null : lines[firstIndex];
  if (first?.type === 'header') {
    root.push(buildHeader(first, ctx));
    start = firstIndex + 1;
  } else if (first?.type === 'text' && HEADER_START.test(ctx.slice(first.start, first.end))) {
    ctx.report({
      code: 'MALFORMED_HEADER',
      severity: 'warning',
      message: `Expected a dossier header \`number – COUNTRY – title – dd.mm.yy –\`, found \`${abbreviate(clean(ctx.slice(first.start, first.end)))}\`; kept it as a paragraph.`,
      start: first.start,
      end: first.end,
    });
    root.push(buildParagraph(first.start, first.end, ctx));
    start = firstIndex + 1;
  }

  const tocLines = findToc(lines, start);
  const tocStart = tocLines.length > 0 ? (tocLines[0] as TocLine).start : -1;
  // Set after a dateline written over three lines: the lines under it, up to
  // a blank line, are the event page's gallery captions.
  let galleryCaptions = false;

  for (let i = start; i < lines.length; i++) {
    if (lines[i] !== null && lines[i]?.start === tocStart) {
      // The TOC is a block of the root: a subsection (or stray text) opened
      // before it ends here, so that what follows cannot land inside it.
      closeAll();
      section = null;
      sub = null;
      const toc: Toc = {
        type: 'toc',
        position: ctx.pos(0, 0),
        children: tocLines.map((entry) => buildTocEntry(lines[entry.line] as RawHeading | RawEntry, ctx, entry.start)),
      };
      root.push(toc);
      i = (tocLines[tocLines.length - 1] as TocLine).line;
      continue;
    }
    const raw = lines[i];
    if (raw === null || raw === undefined || raw.type !== 'text') galleryCaptions = false;
    else if (galleryCaptions) {
      place(buildTextCaption(raw.start, raw.end, ctx));
      continue;
    }
    if (raw === null || raw === undefined) {
      // A blank line ends a list and a participants list, not a turn:
      // transcripts leave blank lines inside a speech.
      list = null;
      participants = null;
      continue;
    }
    switch (raw.type) {
      case 'heading': {
        closeAll();
        sub = null;
        section = openSection(raw, ctx);
        root.push(section);
        last.type = 'heading';
        continue;
      }
      case 'subheading': {
        closeAll();
        sub = openSubsection(raw, ctx);
        if (section) section.children.push(sub);
        else root.push(sub);
        last.type = 'heading';
        continue;
      }
      case 'speakerTurn': {
        closeAll();
        turn = openSpeakerTurn(raw, ctx);
        place(turn);
        continue;
      }
      case 'dateline': {
        closeAll();
        const joined = joinDateline(lines, i, ctx);
        if (joined) {
          place(buildDateline(joined.raw, ctx));
          galleryCaptions = joined.last === i + 2;
          i = joined.last;
          continue;
        }
        for (const leaf of buildLineLeaves(raw, ctx) ?? []) place(leaf as FlowContent);
        continue;
      }
      case 'sourceLink': {
        closeAll();
        for (const leaf of buildLineLeaves(raw, ctx) ?? []) place(leaf as FlowContent);
        continue;
      }
      case 'listItem': {
        participants = null;
        const [item] = buildLineLeaves(raw, ctx) as [import('../nodes.js').ListItem];
        if (list) {
          list.children.push(item);
        } else {
          list = openList(item);
          if (turn) turn.children.push(list);
          else place(list);
        }
        continue;
      }
      case 'photoCounter':
      case 'caption':
      case 'elision': {
        list = null;
        participants = null;
        const leaves = buildLineLeaves(raw, ctx) ?? [];
        for (const leaf of leaves) {
          if (turn) (turn as SpeakerTurn).children.push(leaf as TurnContent);
          else place(leaf as FlowContent);
        }
        continue;
      }
      case 'chrome': {
        closeAll();
        place(buildBoilerplate(raw.kind, raw.start, raw.end, ctx));
        continue;
      }
      case 'header': {
        // A header line anywhere but first: keep its text.
        closeAll();
        ctx.report({
          code: 'UNRECOGNIZED_LINE',
          severity: 'info',
          message: 'Found a dossier header line after the start of the document; kept it as a paragraph.',
          start: raw.start,
          end: raw.end,
        });
        place(buildParagraph(raw.start, raw.end, ctx));
        continue;
      }
      case 'text':
        break;
    }

    // A text line: participant, tag, paragraph of a turn or of the container.
    list = null;
    const value = clean(ctx.slice(raw.start, raw.end));
    if (participants) {
      (participants as Participants).children.push(buildParticipant(raw.start, raw.end, ctx, value));
      if (closesParticipants(value)) participants = null;
      continue;
    }
    const intro = participantsIntro(value);
    if (intro) {
      closeTurn();
      participants = openParticipants(intro, raw.start, raw.end, ctx);
      place(participants);
      continue;
    }
    if ((section || sub) && isTagShaped(value)) {
      const next = nextLine(lines, i + 1);
      const beforeLink = next !== -1 && lines[next]?.type === 'sourceLink';
      const afterDateline = !turn && (last.type === 'dateline' || last.type === 'tag');
      if (beforeLink || afterDateline) {
        closeTurn();
        place(buildTag(raw.start, raw.end, ctx, value));
        continue;
      }
    }
    const paragraph = buildParagraph(raw.start, raw.end, ctx, value);
    if (turn) {
      (turn as SpeakerTurn).children.push(paragraph);
      continue;
    }
    if (section || sub) {
      const owner = (sub ?? section) as Section | Subsection;
      const next = nextLine(lines, i + 1);
      if (owner.children.length === 1 && next !== -1 && lines[next]?.type === 'dateline') paragraph.lead = true;
    } else if (strict) {
      ctx.report({
        code: 'UNRECOGNIZED_LINE',
        severity: 'info',
        message: `Expected a header, a table-of-contents entry or a section heading (\`N°/Title – date\`) here; kept \`${abbreviate(value)}\` as a paragraph.`,
        start: raw.start,
        end: raw.end,
      });
    }
    place(paragraph);
  }
  return root;
}

/** The first 60 characters of a line, for messages. @internal */
export function abbreviate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}
