/**
 * Text back out of a tree: {@link toText}, the exact source text of a node,
 * and {@link mainText}, the document's own text without page chrome.
 *
 * A tree does not hold its source (values are trimmed or normalized, and
 * nothing keeps the blank lines or the spaces between leaves), so both take
 * the text given to `parse` first and the node second:
 * `toText(text, parse(text).tree) === text` for every string. The order is
 * that of unist's `unist-util-source` (`source(file, node)`), and reads as
 * "in this text, that node".
 *
 * @module
 */

import type { Node, Position } from './nodes.js';

/**
 * Something that has a span in a source text: any node of a tree, a
 * diagnostic, or a {@link Position} itself.
 */
export type Spanned = { readonly position: Position } | Position;

/** Options of {@link mainText}. Every option is off by default. */
export interface MainTextOptions {
  /**
   * Keep `boilerplate` nodes (cookie banners, "follow us" lines, the site's
   * slogan, a repeated title, the headline of an embedded related article)
   * where they stand in the document. Default `false`.
   */
  keepBoilerplate?: boolean;
  /**
   * Keep photo captions (credit included, as written). Default `false`:
   * they describe the pictures of a gallery rather than carry the text, and
   * interrupt it wherever the gallery stands.
   */
  keepCaptions?: boolean;
}

const OPTION_KEYS: ReadonlySet<string> = new Set(['keepBoilerplate', 'keepCaptions']);

/**
 * The text of a node (or of any span) exactly as it stands in the source:
 * `source.slice(start.offset, end.offset)`, nothing trimmed or normalized
 * (line breaks, BOM, NO-BREAK SPACEs and the like as given). Offsets are in
 * UTF-16 code units, end exclusive, like every offset in pressdoc. For the
 * root of `parse(source)` this is `source` itself, so the round trip is
 * lossless; a stored tree (JSON) works as well as a fresh one.
 *
 * @param source - The text that was given to `parse`, exactly (a BOM or
 *   CRLF line endings included: offsets count them).
 * @param node - A node of that text's tree, a diagnostic, or a position.
 * @returns The UTF-16 code units from the start offset (inclusive) to the end
 *   offset (exclusive).
 * @throws TypeError when `source` is not a string or `node` has no
 *   position with integer offsets.
 * @throws RangeError when the span does not fit in `source`
 *   (`0 ≤ start ≤ end ≤ source.length`), or `node` is a root that does not
 *   span the whole of `source`: the tree was parsed from another text.
 *
 * @example
 * ```ts
 * const { tree } = parse(text);
 * toText(text, tree) === text; // true, for any string
 * toText(text, tree.children[0]); // the first node's lines, as written
 * ```
 */
export function toText(source: string, node: Spanned): string {
  const [start, end] = span('toText', source, node);
  return source.slice(start, end);
}

/**
 * The document's own text: what its authors wrote, without page chrome, as
 * paragraphs separated by one blank line (`\n\n`). Every character is the
 * source's, taken by offsets; only the separators are added, so a search
 * hit in the main text can be found verbatim in the source.
 *
 * What is kept, in document order:
 *
 * - an article's `title`, and every document's `paragraph`s, `list`s,
 *   `participants` lists, speaker turns and `elision` marks (`<… >`,
 *   `* * *`, `À suivre.`: they tell that the text was cut);
 * - the `heading` line of each dossier `section` and `subsection`.
 *
 * What is left out: a dossier's `header` and table of contents (`toc`, which
 * repeats the section headings), `dateline`s, `tag`s, `photoCounter`s and
 * `sourceLink`s (they say when, where and from which page, not what was
 * said; the tree has them as data), and, unless an option keeps them,
 * `boilerplate` and `caption`s.
 *
 * Layout: each leaf's text is its source span with the whitespace at both
 * ends trimmed (`String.prototype.trim`). A speaker turn's label and the
 * words after it on its line stay one line, colon included, as written
 * (`Vladimir Poutine : Merci.`); so do any kept leaves that share a source
 * line. The items of a list and the lines of a participants list are one
 * paragraph, a line each; so is a label alone on its line with its first
 * paragraph. Lines within a paragraph are joined by `\n`, whatever the
 * source's line endings. There is no trailing newline; nothing kept gives `''`.
 *
 * @param source - The text that was given to `parse`, exactly.
 * @param tree - The tree of `source`, or any node of it (a section, a
 *   speaker turn) for the main text of that part.
 * @param options - What to keep besides the text; see {@link MainTextOptions}.
 * @returns The main text, paragraphs separated by a blank line.
 * @throws TypeError and RangeError as {@link toText} does, and TypeError for
 *   an unknown option or one that is not a boolean.
 *
 * @example
 * ```ts
 * const { tree } = parse(text);
 * mainText(text, tree); // 'Title\n\nFirst paragraph.\n\nSecond paragraph.'
 * mainText(text, tree, { keepBoilerplate: true }); // with the cookie banner
 * ```
 */
export function mainText(source: string, tree: Node, options: MainTextOptions = {}): string {
  span('mainText', source, tree);
  const keep = readOptions(options);
  const blocks: Block[] = [];
  // The last leaf met in document order, kept or not: leaves on one source
  // line are one line of output only when nothing left out stands between them.
  let previous: { kept: boolean; endLine: number } | undefined;

  const addLeaf = (leaf: Node, attach: Attach): void => {
    const kept = keeps(leaf, keep);
    const { start, end } = leaf.position;
    if (kept) {
      const block = blocks[blocks.length - 1];
      const line = block?.[block.length - 1];
      if (line && previous?.kept && previous.endLine === start.line) line[1] = end.offset;
      else if (block && attach === 'line') block.push([start.offset, end.offset]);
      else blocks.push([[start.offset, end.offset]]);
    }
    previous = { kept, endLine: end.line };
  };

  const visit = (node: Node, attach: Attach): void => {
    if (!('children' in node)) {
      addLeaf(node, attach);
      return;
    }
    // Nothing of a table of contents is kept: skip it whole.
    if (node.type === 'toc') {
      previous = { kept: false, endLine: node.position.end.line };
      return;
    }
    const children = node.children as readonly Node[];
    for (let i = 0; i < children.length; i++) {
      visit(children[i] as Node, attachOf(node, children, i));
    }
  };

  visit(tree, 'block');
  return render(source, blocks);
}

/** A paragraph of the output: its lines, each a `[start, end)` span of the source. */
type Block = Array<[number, number]>;

/** How a kept leaf joins the output: it opens a paragraph, or is the next line of the current one. */
type Attach = 'block' | 'line';

/** What to keep beyond the text, once the options are read. */
interface Keep {
  boilerplate: boolean;
  captions: boolean;
}

/**
 * A list's items and a participants list's lines are one paragraph (the
 * first child opens it); a speaker label alone on its line and the turn's
 * first paragraph are one too. Every other node opens its own.
 */
function attachOf(parent: Node, children: readonly Node[], i: number): Attach {
  if (i === 0) return 'block';
  if (parent.type === 'list' || parent.type === 'participants') return 'line';
  if (parent.type === 'speakerTurn' && i === 1 && children[0]?.type === 'speakerLabel' && children[1]?.type === 'paragraph') return 'line';
  return 'block';
}

/** Whether a leaf belongs to the main text. */
function keeps(leaf: Node, keep: Keep): boolean {
  switch (leaf.type) {
    case 'title':
    case 'heading':
    case 'paragraph':
    case 'listItem':
    case 'participant':
    case 'speakerLabel':
    case 'elision':
      return true;
    case 'caption':
      return keep.captions;
    case 'boilerplate':
      return keep.boilerplate;
    default:
      // header, tocEntry, dateline, tag, photoCounter, sourceLink, and any
      // type a later version adds: left out until it is decided to be text.
      return false;
  }
}

/** The blocks as text: lines trimmed, empty ones dropped, `\n` within a paragraph, `\n\n` between. */
function render(source: string, blocks: readonly Block[]): string {
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const lines: string[] = [];
    for (const [start, end] of block) {
      const line = source.slice(start, end).trim();
      if (line !== '') lines.push(line);
    }
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
  }
  return paragraphs.join('\n\n');
}

function readOptions(options: unknown): Keep {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`pressdoc.mainText: options must be an object, got ${describe(options)}`);
  }
  for (const [key, value] of Object.entries(options)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`pressdoc.mainText: unknown option "${key}"; expected ${[...OPTION_KEYS].join(' or ')}`);
    if (value !== undefined && typeof value !== 'boolean') {
      throw new TypeError(`pressdoc.mainText: option ${key} must be a boolean, got ${describe(value)}`);
    }
  }
  const given = options as MainTextOptions;
  return { boilerplate: given.keepBoilerplate === true, captions: given.keepCaptions === true };
}

/** The checked `[start, end)` offsets of `node` in `source`. */
function span(fn: string, source: unknown, node: unknown): [number, number] {
  if (typeof source !== 'string') {
    throw new TypeError(`pressdoc.${fn}: expected the source text first, got ${describe(source)}; call ${fn}(text, node)`);
  }
  const position = node !== null && typeof node === 'object' && 'position' in node ? (node as { position: unknown }).position : node;
  const start = offsetOf(position, 'start');
  const end = offsetOf(position, 'end');
  if (start === undefined || end === undefined) {
    throw new TypeError(`pressdoc.${fn}: expected a node, a diagnostic or a position with integer start and end offsets, got ${describe(node)}`);
  }
  if (start < 0 || start > end || end > source.length) {
    throw new RangeError(
      `pressdoc.${fn}: the span ${start}..${end} does not fit in a text of ${source.length} UTF-16 code units; pass the text the tree was parsed from, exactly as given to parse (BOM and line endings included)`,
    );
  }
  if ((node as { type?: unknown }).type === 'root' && (start !== 0 || end !== source.length)) {
    throw new RangeError(
      `pressdoc.${fn}: the root spans ${start}..${end}, not the whole text 0..${source.length}; pass the text the tree was parsed from, exactly as given to parse (BOM and line endings included)`,
    );
  }
  return [start, end];
}

function offsetOf(position: unknown, which: 'start' | 'end'): number | undefined {
  if (position === null || typeof position !== 'object') return undefined;
  const point = (position as Record<string, unknown>)[which];
  if (point === null || typeof point !== 'object') return undefined;
  const offset = (point as { offset?: unknown }).offset;
  return Number.isInteger(offset) ? (offset as number) : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
