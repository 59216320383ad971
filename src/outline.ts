/**
 * Human-readable renderings of a parse result: an indented outline of the
 * tree and one-line diagnostics. Used by the `pressdoc` command line; pure
 * functions of their arguments (no I/O, no environment look-ups).
 *
 * @module
 */

import type { Diagnostic, Severity } from './diagnostics.js';
import type { Node, Paragraph, Root, When } from './nodes.js';

/** Options of {@link formatOutline}. */
export interface OutlineOptions {
  /** Colour the output with ANSI escape codes. Default `false`. */
  color?: boolean;
  /**
   * The widest a line may be, in characters (code points), indentation and
   * position included. Long texts are cut with `…` to fit. Default `100`;
   * values under 40 are read as 40.
   */
  width?: number;
}

/** Options of {@link formatDiagnostic}. */
export interface DiagnosticFormatOptions {
  /** Colour the severity with ANSI escape codes. Default `false`. */
  color?: boolean;
}

const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 40;
/** Runs of at least this many plain paragraphs are shown as one line. */
const PARAGRAPH_RUN = 3;
/** Never cut a text below this many characters, however deep the node. */
const MIN_TEXT = 12;
const INDENT = '  ';

// Plain ANSI SGR codes: enough for four colours, no dependency needed.
const ansi = {
  bold: (s: string) => `\u001b[1m${s}\u001b[22m`,
  dim: (s: string) => `\u001b[2m${s}\u001b[22m`,
  red: (s: string) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s: string) => `\u001b[33m${s}\u001b[39m`,
  blue: (s: string) => `\u001b[34m${s}\u001b[39m`,
  cyan: (s: string) => `\u001b[36m${s}\u001b[39m`,
};
const plain = (s: string) => s;

/**
 * The parts of one outline line after the type: `head` and `tail` are kept
 * whole, `body` (a free text) is the part cut with `…` when the line is too
 * long.
 */
interface Detail {
  head?: string;
  body?: string;
  tail?: string;
}

/**
 * Renders a tree as an indented outline, one line per node:
 *
 * ```text
 * root dossier @ 2024-05-24  1:1
 *   header 6125 RUSSIE V.Poutine à Minsk rencontre Alexandre Loukachenko @ 2024-05-24  1:1
 *   toc (4 items)  3:1
 *     tocEntry 1 Vladimir Poutine arrive à Minsk @ 2024-05-23T23:30:00+03:00  3:1
 *   section 1 Vladimir Poutine arrive à Minsk @ 2024-05-23T23:30:00+03:00  8:1
 *     heading 1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk  8:1
 *     dateline 23 mai 2024 à 23h30 à Minsk @ 2024-05-23T23:30:00+03:00  9:1
 *     photoCounter 3/8  14:1
 *     speakerTurn Vladimir Poutine (Président russe)  27:1
 *       speakerLabel Président russe Vladimir Poutine  27:1
 *       paragraph C’est sûr.  27:36
 *     speakerTurn Vladimir Poutine  47:1
 *       speakerLabel Vladimir Poutine  47:1
 *       paragraph ×4 Merci beaucoup. C’est bien d’avoir eu l’occasion d’arriver le soir…  47:20
 *     sourceLink news 74102  54:1
 *   section 4 Pourparlers Russie-Biélorussie @ 2024-05-24T17:15:00+03:00  96:1
 *         caption 5 Le premier vice-Premier ministre Denis Mant… [Pavel Bedniakov, RIA Novosti]  172:1
 * ```
 *
 * (abridged: the real outline has a line for every node.)
 *
 * Each line is the node's `type`, its key fields (number, title and
 * timestamp of a section, name and role of a speaker, `index/total` of a
 * photo counter, number, text and credit of a caption, kind and event id of
 * a source link, kind and text of boilerplate, …) and the `line:col` of its
 * start. A timestamp is shown as its ISO instant when known, else its date
 * (and time), else as written. Texts too long for `width` are cut with `…`;
 * control characters in texts are shown as `�` so the outline cannot emit
 * terminal escapes from the input.
 *
 * Summary: a run of three or more consecutive sibling paragraphs that are not
 * lead paragraphs is shown as a single line `paragraph ×N first text…` at
 * the position of the first one, so the outline shows structure rather than
 * every line of running text. Lead paragraphs and runs of one or two are
 * shown in full. Everything else is one line per node, in document order.
 *
 * @param tree - A tree from `parse` (or built by hand).
 * @param options - Colour and width; see {@link OutlineOptions}.
 * @returns The outline, lines joined with `\n`, without a final newline.
 */
export function formatOutline(tree: Root, options: OutlineOptions = {}): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH) || DEFAULT_WIDTH);
  const c = options.color ? ansi : { bold: plain, dim: plain, cyan: plain };
  const lines: string[] = [];

  // Explicit stack (depth-first, document order): no recursion limit on deep trees.
  const stack: Array<{ nodes: readonly Node[]; index: number; depth: number }> = [
    { nodes: [tree], index: 0, depth: 0 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.index]!;
    const indent = INDENT.repeat(frame.depth);

    const run = paragraphRun(frame.nodes, frame.index);
    if (run >= PARAGRAPH_RUN) {
      const first = node as Paragraph;
      lines.push(renderLine(indent, `paragraph ×${run}`, { body: clean(first.value) }, loc(first), width, c));
      frame.index += run;
      continue;
    }

    lines.push(renderLine(indent, node.type, detail(node), loc(node), width, c));
    frame.index += 1;
    const children = (node as { children?: unknown }).children;
    if (Array.isArray(children) && children.length > 0) {
      stack.push({ nodes: children as Node[], index: 0, depth: frame.depth + 1 });
    }
  }
  return lines.join('\n');
}

/**
 * Renders one diagnostic on one line:
 * `file:line:col  severity  message  CODE`, e.g.
 * `doc.txt:12:1  warning  Expected a timestamp after the heading title.  HEADING_WITHOUT_TIMESTAMP`.
 * Without `file` the line starts at `line:col`.
 *
 * @param d - The diagnostic.
 * @param file - The file name to show first (for standard input, e.g. `<stdin>`).
 * @param options - Colour; see {@link DiagnosticFormatOptions}.
 */
export function formatDiagnostic(d: Diagnostic, file?: string, options: DiagnosticFormatOptions = {}): string {
  const start = d.position.start;
  const where = `${file ? `${file}:` : ''}${start.line}:${start.column}`;
  const severity = options.color ? colorSeverity(d.severity) : d.severity;
  const code = options.color ? ansi.dim(d.code) : d.code;
  return `${where}  ${severity}  ${clean(d.message)}  ${code}`;
}

function colorSeverity(s: Severity): string {
  switch (s) {
    case 'error':
      return ansi.bold(ansi.red(s));
    case 'warning':
      return ansi.yellow(s);
    default:
      return ansi.blue(s);
  }
}

/** How many plain paragraphs start at `index` among siblings (0 if the node is not one). */
function paragraphRun(nodes: readonly Node[], index: number): number {
  let n = 0;
  for (let i = index; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'paragraph' || node.lead) break;
    n++;
  }
  return n;
}

function loc(node: { position?: { start?: { line?: number; column?: number } } }): string {
  const start = node.position?.start;
  return start ? `${start.line}:${start.column}` : '?:?';
}

/** The key fields of a node. */
function detail(node: Node): Detail {
  switch (node.type) {
    case 'root':
      return { head: node.kind, tail: at(node.when) };
    case 'header':
      return {
        head: [node.number, node.country ?? ''].map(clean).filter(Boolean).join(' '),
        body: clean(node.title),
        tail: at(node.date),
      };
    case 'toc':
    case 'list':
      return { head: count(node.children.length, 'item') };
    case 'tocEntry':
    case 'section':
      // An unnumbered entry (a bullet's) has no number to print.
      return { head: node.number === undefined ? undefined : String(node.number), body: clean(node.title), tail: at(node.when) };
    case 'subsection':
      return { head: clean(node.letter), body: clean(node.title), tail: at(node.when) };
    case 'dateline':
      return { body: clean(node.when.raw), tail: at(node.when) };
    case 'paragraph': {
      const flags = [node.lead ? '(lead)' : ''].filter(Boolean).join(' ');
      return { head: flags || undefined, body: clean(node.value) };
    }
    case 'listItem':
      return { head: clean(node.marker), body: clean(node.value) };
    case 'participants':
      return { body: clean(node.intro) };
    case 'speakerTurn': {
      const { name, role, affiliation } = node.speaker;
      const extra = [role, affiliation].filter((s): s is string => Boolean(s)).map(clean).join('; ');
      return { body: clean(name || node.label) + (extra ? ` (${extra})` : '') };
    }
    case 'photoCounter':
      return { head: `${node.index}/${node.total}` };
    case 'caption': {
      const who = node.credit ? [node.credit.photographer, node.credit.agency].filter(Boolean).map((s) => clean(s!)) : [];
      return {
        head: node.number === undefined ? undefined : String(node.number),
        body: clean(node.text),
        tail: who.length > 0 ? `[${who.join(', ')}]` : undefined,
      };
    }
    case 'sourceLink':
      return node.eventId === undefined
        ? { head: node.kind, body: clean(node.url) }
        : { head: `${node.kind} ${node.eventId}` };
    case 'elision':
    case 'boilerplate':
      return { head: node.kind, body: clean(node.value) };
    case 'heading':
    case 'tag':
    case 'participant':
    case 'speakerLabel':
    case 'title':
      return { body: clean(node.value) };
    default: {
      // A node type this version does not know: show its `value` if any.
      const value = (node as { value?: unknown }).value;
      return typeof value === 'string' ? { body: clean(value) } : {};
    }
  }
}

function count(n: number, word: string): string {
  return `(${n} ${word}${n === 1 ? '' : 's'})`;
}

/** `@ instant`, else `@ date time`, else `@ raw`; undefined without a timestamp. */
function at(when: When | undefined): string | undefined {
  if (!when) return undefined;
  if (when.instant) return `@ ${when.instant}`;
  if (when.date) return `@ ${when.time ? `${when.date} ${when.time}` : when.date}`;
  const raw = clean(when.raw);
  return raw ? `@ ${raw}` : undefined;
}

/**
 * Makes a text safe and single-line for the outline: control characters
 * (including ESC, so no terminal escapes from the input) become `�`; tabs
 * and line breaks become spaces; surrounding space is trimmed.
 */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\t\n\r\u2028\u2029]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD').trim();
}

/** Length in code points, so a surrogate pair counts once. */
function len(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Cuts `s` to at most `max` code points, ending with `…` when cut. */
function cut(s: string, max: number): string {
  if (len(s) <= max) return s;
  if (max <= 0) return '';
  return Array.from(s).slice(0, max - 1).join('').trimEnd() + '…';
}

function renderLine(
  indent: string,
  type: string,
  d: Detail,
  position: string,
  width: number,
  c: { bold: (s: string) => string; dim: (s: string) => string; cyan: (s: string) => string },
): string {
  const fixed = [d.head, d.tail].filter(Boolean) as string[];
  // Characters taken by everything but the body: indent, type, head, tail, the
  // separating spaces, two spaces and the position.
  const parts = [type, ...fixed];
  const used = len(indent) + parts.reduce((n, p) => n + len(p), 0) + (parts.length - 1) + 2 + len(position);
  let body = d.body ?? '';
  if (body) body = cut(body, Math.max(MIN_TEXT, width - used - 1));

  let text = [d.head, body, d.tail].filter(Boolean).join(' ');
  // Still too long (a long head or tail on a deep node): cut the whole detail.
  const room = width - len(indent) - len(type) - 1 - 2 - len(position);
  if (len(text) > room) text = cut(text, Math.max(MIN_TEXT, room));

  return `${indent}${c.bold(c.cyan(type))}${text ? ` ${text}` : ''}  ${c.dim(position)}`;
}
