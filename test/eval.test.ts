// The eval scorer (scripts/eval/score.ts) on hand-made gold and predictions,
// then the parser's F1 on both fixture groups against test/eval-floor.json.
// The floors are the figures of the parser when they were set, rounded down
// to 2 decimals: raise them when the parser gets better, never lower them
// to let a change through without saying so in its commit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GROUPS, loadGroup } from '../scripts/eval/fixtures.js';
import { extract, f1ForFloor, matchKeys, ROWS, scoreAll, scoreDocument, type Annotations } from '../scripts/eval/score.js';
import { parse } from '../src/index.js';

const keyed = (...keys: string[]) => keys.map((key) => ({ key }));

describe('scorer', () => {
  it('matches keys as multisets: a key written twice in gold needs two predictions', () => {
    const m = matchKeys(keyed('a', 'a', 'b'), keyed('a', 'c', 'c'));
    expect([m.tp, m.fp, m.fn]).toEqual([1, 2, 2]);
    expect(m.unmatchedGold.map((x) => x.key)).toEqual(['a', 'b']);
    expect(m.unmatchedPredicted.map((x) => x.key)).toEqual(['c', 'c']);
  });

  it('skips an element whose gold key is missing or null, whatever is predicted', () => {
    const predicted: Annotations = { kind: 'article', captions: [3, 4], header: { number: '1', country: 'X', date: null } };
    const s = scoreDocument({ captions: null }, predicted);
    expect(s.counts).toEqual({});
    expect(s.misses).toEqual([]);
  });

  it('makes every prediction an FP when the gold list is empty', () => {
    const s = scoreDocument({ captions: [], kind: 'article' }, { captions: [3, 4], kind: 'article' });
    expect(s.counts.captions).toEqual({ tp: 0, fp: 2, fn: 0 });
    expect(s.counts.kind).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.misses).toEqual([{ row: 'captions', fn: [], fp: keyed('3', '4') }]);
  });

  it('compares every field of a key: a dateline without its time is one FN and one FP', () => {
    const gold: Annotations = { datelines: [{ line: 16, date: '2021-09-08', time: '13:30' }] };
    const s = scoreDocument(gold, { datelines: [{ line: 16, date: '2021-09-08', time: null }] });
    expect(s.counts.datelines).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('reads a gold eventId string and a tree eventId number as the same key', () => {
    const s = scoreDocument({ links: [{ line: 5, eventId: '74102', kind: 'news' }] }, { links: [{ line: 5, eventId: 74102, kind: 'news' }] });
    expect(s.counts.links).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores the header as one key, country case-sensitive; a null prediction is none, a null gold is not annotated', () => {
    const header = { number: '6125', country: 'RUSSIE', date: '2024-05-24' };
    expect(scoreDocument({ header }, { header: null }).counts.header).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(scoreDocument({ header }, { header: { ...header, country: 'Russie' } }).counts.header).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreDocument({ header: null }, { header }).counts.header).toBeUndefined();
  });

  it('scores notTurns: a gold line that starts a predicted turn is an FN, never an FP', () => {
    const s = scoreDocument({ notTurns: [1, 5, 9] }, { turns: [{ line: 5, person: null }, { line: 7, person: null }] });
    expect(s.counts.notTurns).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(s.misses).toEqual([{ row: 'notTurns', fn: keyed('5'), fp: [] }]);
    expect(scoreAll([{ name: 'x', gold: { notTurns: [1, 5, 9] }, predicted: { turns: [{ line: 5, person: null }] } }]).notTurnsReadAsTurns).toEqual({ count: 1, of: 3 });
  });

  it('scores people pairwise over gold turns found on their line, leaving out slugs that name no one', () => {
    const gold: Annotations = {
      turns: [
        { line: 1, person: 'putin' },
        { line: 2, person: 'lukashenko' },
        { line: 3, person: 'putin' },
        { line: 4, person: 'lukashenko' },
        { line: 5, person: 'question' },
        { line: 6, person: 'question' },
        { line: 7, person: 'putin' },
        { line: 8, person: 'lukashenko' },
      ],
    };
    const predicted: Annotations = {
      turns: [
        { line: 1, person: 'vladimir-putin' },
        { line: 2, person: 'vladimir-putin' }, // merged with Putin: FP pairs 1=2, 2=3
        { line: 3, person: 'vladimir-putin' },
        { line: 4, person: null }, // unknown: FN pair 2=4
        { line: 5, person: 'q' }, // role slugs: no pair, even though predicted alike
        { line: 6, person: 'q' },
        // line 7 not read as a turn: out of the pairs
        { line: 8, person: null }, // two unknowns are not "the same": FN pairs 2=8, 4=8
      ],
    };
    const s = scoreDocument(gold, predicted);
    expect(s.counts.people).toEqual({ tp: 1, fp: 2, fn: 3 });
    expect(s.misses.find((m) => m.row === 'people')).toEqual({ row: 'people', fn: keyed('2=4', '2=8', '4=8'), fp: keyed('1=2', '2=3') });
  });

  it('sums counts over documents before dividing (micro), and reports an empty row as F1 null, 1 for floors', () => {
    const g = scoreAll([
      { name: 'a', gold: { tags: [1] }, predicted: { tags: [1] } },
      { name: 'b', gold: { tags: [1, 2, 3] }, predicted: { tags: [] } },
    ]);
    expect(g.rows.tags).toMatchObject({ tp: 1, fp: 0, fn: 3, nGold: 4, p: 1, r: 0.25, f1: 0.4 });
    expect(g.rows.captions.f1).toBeNull();
    expect(f1ForFloor(g.rows.captions)).toBe(1);
  });

  it('scores a failed parse as predicting nothing and lists it', () => {
    const g = scoreAll([{ name: 'bad.txt', gold: { kind: 'article', tags: [2] }, predicted: null }]);
    expect(g.failed).toEqual(['bad.txt']);
    expect(g.rows.kind).toMatchObject({ tp: 0, fn: 1, fp: 0 });
    expect(g.rows.tags).toMatchObject({ tp: 0, fn: 1 });
  });

  it('extracts nested nodes with their start lines', () => {
    const text = readFileSync(new URL('../fixtures/dossier-6125-minsk-2024.txt', import.meta.url), 'utf8');
    const p = extract(parse(text).tree);
    expect(p.kind).toBe('dossier');
    expect(p.header).toEqual({ number: '6125', country: 'RUSSIE', date: '2024-05-24' });
    // Subsections sit inside section 4, turns and counters deeper still.
    expect(p.subsections.map((s) => s.line)).toEqual([99, 154, 196]);
    expect(p.counters[0]).toEqual({ line: 10, index: 1, total: 8 });
    expect(p.turns[0]).toMatchObject({ line: 26 });
  });
});

describe('F1 floors (test/eval-floor.json)', () => {
  const floors = JSON.parse(readFileSync(new URL('./eval-floor.json', import.meta.url), 'utf8')) as Record<string, Record<string, number>>;

  it('has a floor for each group and only those', () => {
    expect(Object.keys(floors).sort()).toEqual([...GROUPS].sort());
  });

  for (const group of GROUPS) {
    describe(group, () => {
      const score = scoreAll(loadGroup(group));

      it('parses every document', () => {
        expect(score.failed).toEqual([]);
      });

      it('has a floor for each row the scorer reports, and none for rows it does not', () => {
        // A floor cannot silently vanish, nor outlive its row.
        expect(Object.keys(floors[group] ?? {}).sort()).toEqual([...ROWS].sort());
      });

      for (const row of ROWS) {
        it(`${row}: F1 at or above its floor`, () => {
          const floor = floors[group]?.[row];
          expect(floor, `no floor for ${group}.${row}`).toBeTypeOf('number');
          expect(f1ForFloor(score.rows[row])).toBeGreaterThanOrEqual(floor!);
        });
      }
    });
  }
});
