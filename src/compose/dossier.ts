import type { FlowContent, RootContent, SectionContent, Toc, TurnContent } from '../nodes.js';
import type { RawDateline, RawEntry, RawEntryItem, RawHeading, RawLine, RawSpeakerTurn, RawSubheading, RawText, RawTime } from '../raw.js';
import { buildBoilerplate } from '../constructs/boilerplate.js';
import { buildTextCaption } from '../constructs/caption.js';
import { buildDateline, buildDatelineOverLines } from '../constructs/dateline.js';
import { buildHeader } from '../constructs/header.js';
import { buildSection, buildSubsection, buildTocEntry } from '../constructs/heading.js';
import { buildList } from '../constructs/list.js';
import { buildParagraph } from '../constructs/paragraph.js';
import { buildParticipant, buildParticipants, participantsIntro } from '../constructs/participants.js';
import { buildSpeakerTurn } from '../constructs/speaker-turn.js';
import { buildTag } from '../constructs/tag.js';
import { spanOf } from '../position.js';
import type { Context } from '../context.js';
import { clean } from '../context.js';
import { buildLineLeaves } from './leaves.js';
import {
  type ContainerRecord,
  type DatelineRecord,
  type FlowRecord,
  type LineRecord,
  readStructure,
  type TocRecord,
} from './structure.js';

type Line = RawLine | null;

/** Where a record's nodes go: the root (`strict` for a compilation, which reports stray text), or a section or subsection. */
type Place = 'root' | 'container';

/**
 * Composes the lines of a dossier (or of a document of unknown kind) into
 * the root's children. The structure grammar (`grammar/structure.peggy`)
 * says how the lines nest; this builds the nodes from what it returns, each
 * container once its children are built, so that every node gets its
 * position once.
 *
 * @internal
 */
export function composeDossier(lines: Line[], ctx: Context, strict: boolean): RootContent[] {
  const doc = readStructure(lines, ctx);
  // Stray text is out of place beside a table of contents or sections; under
  // a header alone (one event's dossier), the event's text is the body.
  const outline = doc.toc !== null || doc.pre.some(isBlockContainer) || doc.body.some(isBlockContainer);
  const builder = new DossierBuilder(lines, ctx, strict && outline);
  const root: RootContent[] = [];
  if (doc.head) root.push(builder.head(doc.head));
  for (const record of doc.pre) builder.block(record, root);
  if (doc.toc) root.push(builder.toc(doc.toc));
  for (const record of doc.body) builder.block(record, root);
  return root;
}

class DossierBuilder {
  constructor(
    private readonly lines: Line[],
    private readonly ctx: Context,
    private readonly strict: boolean,
  ) {}

  private raw<T extends RawLine>(i: number): T {
    return this.lines[i] as T;
  }

  /** The first line: the header, or a line that starts like one and is reported. */
  head(record: LineRecord): RootContent {
    const raw = this.raw(record.line);
    if (raw.type === 'header') return buildHeader(raw, this.ctx);
    this.ctx.report({
      code: 'MALFORMED_HEADER',
      severity: 'warning',
      message: `Expected a dossier header \`number – COUNTRY – title – dd.mm.yy –\`, found \`${abbreviate(clean(this.ctx.slice(raw.start, raw.end)))}\`; kept it as a paragraph.`,
      start: raw.start,
      end: raw.end,
    });
    return buildParagraph(raw.start, raw.end, this.ctx);
  }

  toc(entries: TocRecord[]): Toc {
    const children = entries.map((entry) => {
      // The structure grammar puts a list item here only when it reads as an entry (token `J`).
      const raw = this.raw<RawHeading | RawEntry | RawEntryItem>(entry.line);
      const wrap = entry.last === undefined ? undefined : this.raw<RawDateline>(entry.last);
      return buildTocEntry(raw.type === 'listItem' ? raw.entry : raw, this.ctx, this.raw(entry.start).start, wrap);
    });
    return { type: 'toc', position: spanOf(children), children };
  }

  /** Builds a block of the root: a section, a subsection, or flow content. */
  block(record: ContainerRecord | FlowRecord | null, out: RootContent[]): void {
    if (record === null) return;
    if (isContainer(record)) out.push(this.container(record));
    else this.flow(record, out as FlowContent[], 'root');
  }

  private container(record: ContainerRecord): RootContent {
    const body: SectionContent[] = [];
    if (record.lead !== null) {
      const raw = this.raw(record.lead);
      const lead = buildParagraph(raw.start, raw.end, this.ctx);
      lead.lead = true;
      body.push(lead);
    }
    for (const item of record.items) {
      if (item === null) continue;
      if (isContainer(item)) body.push(this.container(item) as SectionContent);
      else this.flow(item, body as FlowContent[], 'container');
    }
    if (record.block === 'section') return buildSection(this.raw<RawHeading>(record.line), this.ctx, body);
    return buildSubsection(this.raw<RawSubheading>(record.line), this.ctx, body as FlowContent[]);
  }

  /** Builds flow content into `out`: turns, lists, participants, datelines, leaves, tags, chrome, paragraphs. */
  private flow(record: FlowRecord, out: FlowContent[], place: Place): void {
    const ctx = this.ctx;
    switch (record.block) {
      case 'turn': {
        const rest: TurnContent[] = [];
        for (const item of record.items) if (item !== null) this.flow(item, rest as FlowContent[], 'container');
        out.push(buildSpeakerTurn(this.raw<RawSpeakerTurn>(record.line), ctx, rest));
        return;
      }
      case 'list':
        out.push(buildList(record.items.map((i) => buildLineLeaves(this.raw(i), ctx)?.[0] as import('../nodes.js').ListItem)));
        return;
      case 'participants': {
        const intro = this.raw(record.line);
        const value = clean(ctx.slice(intro.start, intro.end));
        const rest = record.items.map((i) => {
          const raw = this.raw(i);
          return buildParticipant(raw.start, raw.end, ctx);
        });
        out.push(buildParticipants(participantsIntro(value) as string, intro.start, intro.end, ctx, rest));
        return;
      }
      case 'dateline':
        this.dateline(record, out);
        return;
      case 'leaf':
        for (const leaf of buildLineLeaves(this.raw(record.line), ctx) ?? []) out.push(leaf as FlowContent);
        return;
      case 'counter': {
        this.flow({ block: 'leaf', line: record.line }, out, place);
        out.push(buildTextCaption(this.raw<RawText>(record.caption), ctx));
        return;
      }
      case 'tag': {
        const raw = this.raw(record.line);
        out.push(buildTag(raw.start, raw.end, ctx));
        return;
      }
      case 'chrome': {
        const raw = this.raw(record.line);
        if (raw.type === 'chrome') out.push(buildBoilerplate(raw.kind, raw.start, raw.end, ctx));
        return;
      }
      case 'lateHeader': {
        const raw = this.raw(record.line);
        ctx.report({
          code: 'UNRECOGNIZED_LINE',
          severity: 'info',
          message: 'Found a dossier header line after the start of the document; kept it as a paragraph.',
          start: raw.start,
          end: raw.end,
        });
        out.push(buildParagraph(raw.start, raw.end, ctx));
        return;
      }
      case 'header':
      case 'malformedHeader':
      case 'paragraph': {
        const raw = this.raw(record.line);
        const value = clean(ctx.slice(raw.start, raw.end));
        if (place === 'root' && this.strict) {
          ctx.report({
            code: 'UNRECOGNIZED_LINE',
            severity: 'info',
            message: `Expected a header, a table-of-contents entry or a section heading (\`N°/Title – date\`) here; kept \`${abbreviate(value)}\` as a paragraph.`,
            start: raw.start,
            end: raw.end,
          });
        }
        out.push(buildParagraph(raw.start, raw.end, ctx, value));
        return;
      }
    }
  }

  /**
   * A dateline; written over lines (the Kremlin's event page: `May 24,
   * 2024` / `14:10` / `Minsk`), its timestamp joins them, and the gallery
   * captions under it follow; then the tags after it.
   */
  private dateline(record: DatelineRecord, out: FlowContent[]): void {
    const ctx = this.ctx;
    const dateline = this.raw<RawDateline>(record.line);
    if (record.last === record.line) {
      out.push(buildDateline(dateline, ctx));
    } else {
      // The structure grammar joins the time line (`T`) under the date, and
      // the place's line under that or after blank lines.
      const below = this.lines[record.line + 1];
      const time = below?.type === 'time' ? below : null;
      const placeLine = record.last > record.line + (time === null ? 0 : 1) ? this.raw(record.last) : null;
      out.push(buildDatelineOverLines(dateline, time, placeLine, ctx));
    }
    for (const i of record.captions) {
      out.push(buildTextCaption(this.raw<RawText>(i), ctx));
    }
    for (const tag of record.tags) this.flow(tag, out, 'container');
  }
}

function isContainer(record: ContainerRecord | FlowRecord): record is ContainerRecord {
  return record.block === 'section' || record.block === 'subsection';
}

function isBlockContainer(record: ContainerRecord | FlowRecord | null): boolean {
  return record !== null && isContainer(record);
}

/** The first 60 characters of a line, for messages. @internal */
export function abbreviate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}
