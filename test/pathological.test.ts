// Pathological inputs (scripts/pathological-inputs.mjs), each parsed and
// validated in a worker thread with a hang guard and a heap cap: each must
// finish, return a schema-valid tree that keeps every character, and give
// the diagnostics listed here; `validate` must finish too, with findings in
// text order inside the text, its `parse/…` findings the parser's
// diagnostics, and for the inputs aimed at the rules the findings listed
// here. No time is measured here (the hang guard only catches what would not
// finish): `npm run bench` prints the parse times for n and 2n.
import { afterAll, describe, expect, it } from 'vitest';
import { PATHOLOGICAL } from '../scripts/pathological-inputs.mjs';
import { WorkerRunner } from './support/worker-runner.js';

interface Summary {
  length: number;
  kind: string;
  children: number;
  /** Diagnostics counted by `severity code`. */
  codes: Record<string, number>;
  /** The findings of `validate`, counted by `severity rule`. */
  rules?: Record<string, number>;
  problems: string[];
}

const UNKNOWN = { 'info UNKNOWN_DOCUMENT_KIND': 1 };
const LONG_LINE = { 'warning RESOURCE_EXHAUSTION': 1, ...UNKNOWN };

/** What each input must give with the default limits: document kind, number of root children, diagnostics. */
const EXPECTED: Record<string, Pick<Summary, 'kind' | 'children' | 'codes'>> = {
  // The line is longer than limits.maxLineLength: one paragraph and a warning.
  'single-line-5mb': { kind: 'unknown', children: 1, codes: LONG_LINE },
  // Every line a section heading without a timestamp, each warned about.
  'degree-lines': { kind: 'dossier', children: 200_000, codes: { 'warning HEADING_WITHOUT_TIMESTAMP': 200_000 } },
  colons: { kind: 'unknown', children: 1, codes: UNKNOWN },
  // Photo counters, one a line, at the root of a document of no known kind.
  'fraction-lines': { kind: 'unknown', children: 50_000, codes: UNKNOWN },
  'president-no-colon': { kind: 'unknown', children: 1, codes: UNKNOWN },
  // `A – ` without a timestamp is no subsection: paragraphs.
  'subsection-lines': { kind: 'unknown', children: 10_000, codes: UNKNOWN },
  'nested-angles': { kind: 'unknown', children: 1, codes: UNKNOWN },
  'dash-line': { kind: 'unknown', children: 1, codes: LONG_LINE },
  'speaker-labels': { kind: 'unknown', children: 50_000, codes: UNKNOWN },
  'subsection-headings': { kind: 'dossier', children: 10_000, codes: {} },
  // One table of contents holding every line.
  'rising-toc': { kind: 'dossier', children: 1, codes: {} },
  'spaces-in-heading': { kind: 'dossier', children: 1, codes: {} },
  'spaces-in-place': { kind: 'unknown', children: 1, codes: UNKNOWN },
  'spaces-in-caption': { kind: 'unknown', children: 1, codes: UNKNOWN },
  'spaces-in-label': { kind: 'unknown', children: 1, codes: UNKNOWN },
  'spaces-in-participant': { kind: 'unknown', children: 1, codes: UNKNOWN },
  // A place of more than six words is the rest of a sentence, not a place: the line is text.
  'long-place': { kind: 'unknown', children: 1, codes: UNKNOWN },
  'spaces-before-text': { kind: 'unknown', children: 1, codes: UNKNOWN },
  'timestamp-chain': { kind: 'dossier', children: 1, codes: { 'info UNKNOWN_TIME_ZONE': 1 } },
  'credit-chain': { kind: 'unknown', children: 1, codes: UNKNOWN },
  'blank-crlf-lines': { kind: 'unknown', children: 0, codes: {} },
  'long-turn': { kind: 'unknown', children: 1, codes: UNKNOWN },
  'long-participants': { kind: 'unknown', children: 1, codes: UNKNOWN },
  'tag-lines': { kind: 'dossier', children: 1, codes: {} },
  'ellipsis-line': { kind: 'unknown', children: 1, codes: UNKNOWN },
  'url-line': { kind: 'unknown', children: 1, codes: UNKNOWN },
  // A table of contents of n headings without timestamps, then n sections.
  'sections-with-toc': { kind: 'dossier', children: 250_001, codes: { 'warning HEADING_WITHOUT_TIMESTAMP': 500_000 } },
  'sections-not-in-toc': { kind: 'dossier', children: 20_001, codes: { 'warning HEADING_WITHOUT_TIMESTAMP': 40_000, 'info UNRECOGNIZED_LINE': 1 } },
  // Pairs of counters `1/T` and `T/T`, each pair a gallery of its own.
  'gallery-gaps': { kind: 'unknown', children: 8_000, codes: UNKNOWN },
  'long-gallery': { kind: 'unknown', children: 600_000, codes: UNKNOWN },
  // One speaker turn a line; each bare `M. Poutine` may be any of the full
  // names: 20,000 warnings, and 2 more as measured on this input.
  // At limits.maxLines exactly: one paragraph a line; past it, the rest is one paragraph.
  'tiny-lines': { kind: 'unknown', children: 1_000_000, codes: UNKNOWN },
  'past-max-lines': { kind: 'unknown', children: 1_000_001, codes: { ...UNKNOWN, 'error RESOURCE_EXHAUSTION': 1 } },
  'many-sections': { kind: 'dossier', children: 100_000, codes: {} },
  'distinct-speakers': { kind: 'unknown', children: 100_000, codes: UNKNOWN },
  'ambiguous-surnames': { kind: 'unknown', children: 40_000, codes: { ...UNKNOWN, 'warning AMBIGUOUS_PERSON': 20_002 } },
};

/** What `validate` must find on the inputs aimed at the rules, by `severity rule` (the `parse/…` rules aside). */
const RULES: Record<string, Record<string, number>> = {
  // One section without its source link each (the last one is cut: `truncated`).
  'sections-with-toc': { 'error source-link-missing': 249_999, 'error truncated': 1 },
  // Each entry without its section, each section not in the table of contents.
  'sections-not-in-toc': { 'error toc-matches-sections': 40_000, 'error source-link-missing': 19_998, 'error truncated': 1 },
  // Each gallery jumps from 1/T to T/T: photos 2/T to T-1/T are missing.
  'gallery-gaps': { 'warning gallery-sequence': 4_000 },
  // 1/n to n/n in order: nothing to report.
  'long-gallery': {},
};

/**
 * The parser's diagnostics counted by the rule under which `validate` reports
 * them (`HEADING_WITHOUT_TIMESTAMP` → `parse/heading-without-timestamp`), at
 * the rule's severity, which may differ from the parser's.
 */
function byParseRule(counts: Record<string, number>, key: (severityAndName: string) => string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(counts)) {
    const rule = key(k.split(' ')[1] as string);
    if (rule !== undefined) out[rule] = (out[rule] ?? 0) + n;
  }
  return out;
}
const parserCode = (code: string): string => `parse/${code.toLowerCase().replace(/_/g, '-')}`;
const parseRule = (rule: string): string | undefined => (rule.startsWith('parse/') ? rule : undefined);

const runner = new WorkerRunner(new URL('./support/pathological-worker.mjs', import.meta.url), {
  hangGuardMs: 60_000,
  maxOldGenerationSizeMb: 2048,
});
afterAll(() => runner.close());

describe('pathological inputs', () => {
  it('lists an expectation for every input, and every input from the issue', () => {
    expect(PATHOLOGICAL.map((c) => c.name).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const name of ['single-line-5mb', 'degree-lines', 'colons', 'fraction-lines', 'president-no-colon', 'subsection-lines']) {
      expect(EXPECTED[name]?.codes, name).not.toEqual({});
    }
  });

  it.each(PATHOLOGICAL.map((c) => [c.name, c.n] as const))('%s (n = %i) finishes with a valid tree and its diagnostics', async (name) => {
    const summary = await runner.run<Summary>({ name });
    expect(summary.problems).toEqual([]);
    expect({ kind: summary.kind, children: summary.children, codes: summary.codes }).toEqual(EXPECTED[name]);
    expect(byParseRule(summary.rules ?? {}, parseRule)).toEqual(byParseRule(summary.codes, parserCode));
    if (name in RULES) {
      const others = Object.fromEntries(Object.entries(summary.rules ?? {}).filter(([k]) => !k.split(' ')[1]!.startsWith('parse/')));
      expect(others).toEqual(RULES[name]);
    }
  }, 120_000);

  // The grammar itself reads the lines that the default limits keep whole.
  it.each(['single-line-5mb', 'dash-line'])('%s without a line limit', async (name) => {
    const summary = await runner.run<Summary>({ name, options: { limits: { maxLineLength: Infinity } }, validate: false });
    expect(summary.problems).toEqual([]);
    expect(summary.codes).toEqual(UNKNOWN);
  }, 120_000);
});
