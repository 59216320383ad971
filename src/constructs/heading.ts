/**
 * Numbered heading: a table-of-contents entry, or the first line of a
 * section; and the lettered heading of a subsection.
 *
 * ```text
 * 1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk
 * A – Début des négociations restreintes entre la Russie et la Biélorussie – 24 mai 2024 à 14h50 à Minsk
 * ```
 *
 * Grammar: `HeadingLine`, `SubsectionLine`. Schemas: `tocEntrySchema`,
 * `sectionSchema`, `subsectionSchema`, `headingSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { FlowContent, Heading, Section, SectionContent, Subsection, TocEntry, When } from '../nodes.js';
import { spanOf } from '../position.js';
import type { RawDateline, RawEntry, RawHeading, RawSubheading } from '../raw.js';
import { normalizeWhen } from '../normalize/time.js';

function headingWhen(raw: RawHeading | RawSubheading, ctx: Context): When | undefined {
  if (raw.when) return normalizeWhen(raw.when, ctx.text, ctx.report);
  ctx.report({
    code: 'HEADING_WITHOUT_TIMESTAMP',
    severity: 'warning',
    message: `Expected a timestamp at the end of heading ${raw.type === 'heading' ? raw.number.value + raw.mark : ''}, such as \`– 23 mai 2024 à 23h30 à Minsk\`; found none.`,
    start: raw.start,
    end: raw.end,
  });
  return undefined;
}

/**
 * Builds a {@link TocEntry} from a heading line of the table of contents,
 * or from an unnumbered entry (`Sommet des BRICS – 9 septembre 2021 –
 * 15h45` after a `-` bullet line; `start` is then the bullet's, so that the
 * entry spans both lines). `wrap` is the dateline under a heading that has
 * no timestamp, its own wrapped onto the next line: the entry's timestamp,
 * and the entry spans both lines.
 */
export function buildTocEntry(raw: RawHeading | RawEntry, ctx: Context, start = raw.start, wrap?: RawDateline): TocEntry {
  const end = wrap === undefined ? raw.end : wrap.end;
  const entry: TocEntry = raw.type === 'heading'
    ? { type: 'tocEntry', number: Number(raw.number.value), title: clean(raw.title.value), position: ctx.pos(start, end) }
    : { type: 'tocEntry', title: clean(raw.title.value), position: ctx.pos(start, end) };
  const when = wrap !== undefined ? normalizeWhen(wrap.when, ctx.text, ctx.report) : raw.type === 'heading' ? headingWhen(raw, ctx) : normalizeWhen(raw.when, ctx.text, ctx.report);
  if (when) entry.when = when;
  return entry;
}

/** The heading leaf: the line as written. */
export function buildHeading(raw: RawHeading | RawSubheading, ctx: Context): Heading {
  return { type: 'heading', value: clean(ctx.slice(raw.start, raw.end)), position: ctx.pos(raw.start, raw.end) };
}

/** Builds a {@link Section}: its heading leaf, then `body` (already built); it spans them. */
export function buildSection(raw: RawHeading, ctx: Context, body: readonly SectionContent[]): Section {
  const children: Section['children'] = [buildHeading(raw, ctx), ...body];
  const section: Section = {
    type: 'section',
    number: Number(raw.number.value),
    title: clean(raw.title.value),
    position: spanOf(children),
    children,
  };
  const when = headingWhen(raw, ctx);
  if (when) section.when = when;
  return section;
}

/** Builds a {@link Subsection}: its heading leaf, then `body` (already built); it spans them. */
export function buildSubsection(raw: RawSubheading, ctx: Context, body: readonly FlowContent[]): Subsection {
  const children: Subsection['children'] = [buildHeading(raw, ctx), ...body];
  const sub: Subsection = {
    type: 'subsection',
    letter: raw.letter.value,
    title: clean(raw.title.value),
    position: spanOf(children),
    children,
  };
  const when = headingWhen(raw, ctx);
  if (when) sub.when = when;
  return sub;
}
