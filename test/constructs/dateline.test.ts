import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const datelines = (text: string) => nodesOfType(parse(text).tree, 'dateline').map((d) => d.when);

describe('dateline', () => {
  it('reads `23 mai 2024 à 23h30 à Minsk`', () => {
    expect(datelines('23 mai 2024 à 23h30 à Minsk')).toEqual([{
      raw: '23 mai 2024 à 23h30 à Minsk', year: 2024, month: 5, day: 23, date: '2024-05-23', time: '23:30',
      place: 'Minsk', timeZone: 'Europe/Minsk', instant: '2024-05-23T23:30:00+03:00', precision: 'minute',
    }]);
  });

  it('reads `13H40`, `au` and an en-dash place', () => {
    expect(datelines('10 mars 2025 à 13H40 au Kremlin-Moscou')[0]).toMatchObject({ time: '13:40', place: 'Kremlin-Moscou', timeZone: 'Europe/Moscow' });
    expect(datelines('12 mars 2025 à 21h40 – Région de Kursk')[0]).toMatchObject({ place: 'Région de Kursk', instant: '2025-03-12T21:40:00+03:00' });
  });

  it('reads `1er août 2025` without a time', () => {
    expect(datelines('1er août 2025')[0]).toEqual({ raw: '1er août 2025', year: 2025, month: 8, day: 1, date: '2025-08-01', precision: 'day' });
  });

  it('reads a place in another zone: Pékin', () => {
    expect(datelines('16 mai 2024 à 10h00 à Pékin')[0]?.instant).toBe('2024-05-16T10:00:00+08:00');
  });

  it('reports an impossible date and gives no instant', () => {
    const { tree, diagnostics } = parse('31 février 2025 à 10h00 à Moscou');
    const [d] = nodesOfType(tree, 'dateline');
    expect(d?.when.date).toBeUndefined();
    expect(d?.when.instant).toBeUndefined();
    // A dateline alone is no dossier: UNKNOWN_DOCUMENT_KIND is reported too.
    expect(diagnostics.map((x) => x.code).sort()).toEqual(['INVALID_DATE', 'UNKNOWN_DOCUMENT_KIND']);
  });

  it('reports a place with no known zone', () => {
    const { tree, diagnostics } = parse('3 mai 2024 à 10h00 à Tombouctou');
    expect(nodesOfType(tree, 'dateline')[0]?.when).toMatchObject({ place: 'Tombouctou', date: '2024-05-03', time: '10:00' });
    expect(nodesOfType(tree, 'dateline')[0]?.when.instant).toBeUndefined();
    expect(diagnostics.map((x) => [x.code, x.severity]).sort()).toEqual([['UNKNOWN_DOCUMENT_KIND', 'info'], ['UNKNOWN_TIME_ZONE', 'info']]);
  });
});
