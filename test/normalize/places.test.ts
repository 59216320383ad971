import { describe, expect, it } from 'vitest';
import { PLACE_ZONES, foldPlace, timeZoneForPlace } from '../../src/normalize/places.js';

describe('PLACE_ZONES', () => {
  it('lists only zones that Intl accepts', () => {
    const rejected = PLACE_ZONES.map((z) => z.zone).filter((timeZone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone });
        return false;
      } catch {
        return true;
      }
    });
    expect(rejected).toEqual([]);
  });

  it('has one entry per zone', () => {
    const zones = PLACE_ZONES.map((z) => z.zone);
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('gives each place key a single zone', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { zone, places } of PLACE_ZONES) {
      for (const p of places) {
        const key = foldPlace(p);
        const other = seen.get(key);
        if (other !== undefined && other !== zone) clashes.push(`${p}: ${other} / ${zone}`);
        seen.set(key, zone);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('foldPlace', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(foldPlace('Région d’Arkhangelsk')).toBe('region d arkhangelsk');
    expect(foldPlace('  Saint-Pétersbourg ')).toBe('saint petersbourg');
    expect(foldPlace('HANOÏ')).toBe('hanoi');
  });
});

describe('timeZoneForPlace', () => {
  it.each([
    ['Minsk', 'Europe/Minsk'],
    ['Kremlin-Moscou', 'Europe/Moscow'],
    ['Région de Kursk', 'Europe/Moscow'],
    ['Moscou', 'Europe/Moscow'],
    ['Moscow', 'Europe/Moscow'],
    ['Kremlin', 'Europe/Moscow'],
    ['Novo-Ogaryovo', 'Europe/Moscow'],
    ['Sotchi', 'Europe/Moscow'],
    ['Saint-Pétersbourg', 'Europe/Moscow'],
    ['saint petersbourg', 'Europe/Moscow'],
    ['Kazan', 'Europe/Moscow'],
    ['Koursk', 'Europe/Moscow'],
    ['Région d’Arkhangelsk', 'Europe/Moscow'],
    ['Tver', 'Europe/Moscow'],
    ['Smolensk', 'Europe/Moscow'],
    ['Valaam', 'Europe/Moscow'],
    ['République de Carélie', 'Europe/Moscow'],
    ['Sirius', 'Europe/Moscow'],
    ['Territoire fédéral de Sirius', 'Europe/Moscow'],
    ['Volgograd', 'Europe/Volgograd'],
    ['Perm', 'Asia/Yekaterinburg'],
    ['Territoire de Perm', 'Asia/Yekaterinburg'],
    ['Ekaterinbourg', 'Asia/Yekaterinburg'],
    ['Novossibirsk', 'Asia/Novosibirsk'],
    ['Vladivostok', 'Asia/Vladivostok'],
    ['Kaliningrad', 'Europe/Kaliningrad'],
    ['Samara', 'Europe/Samara'],
    ['Pékin', 'Asia/Shanghai'],
    ['PEKIN', 'Asia/Shanghai'],
    ['Beijing', 'Asia/Shanghai'],
    ['Astana', 'Asia/Almaty'],
    ['Bakou', 'Asia/Baku'],
    ['Achgabat', 'Asia/Ashgabat'],
    ['Erevan', 'Asia/Yerevan'],
    ['Tbilissi', 'Asia/Tbilisi'],
    ['Douchanbé', 'Asia/Dushanbe'],
    ['Douchanbe', 'Asia/Dushanbe'],
    ['Bichkek', 'Asia/Bishkek'],
    ['Tachkent', 'Asia/Tashkent'],
    ['Téhéran', 'Asia/Tehran'],
    ['Ankara', 'Europe/Istanbul'],
    ['Istanbul', 'Europe/Istanbul'],
    ['New Delhi', 'Asia/Kolkata'],
    ['Oulan-Bator', 'Asia/Ulaanbaatar'],
    ['Pyongyang', 'Asia/Pyongyang'],
    ['Hanoï', 'Asia/Ho_Chi_Minh'],
    ['Abu Dhabi', 'Asia/Dubai'],
    ['Riyad', 'Asia/Riyadh'],
    ['Le Caire', 'Africa/Cairo'],
    ['Paris', 'Europe/Paris'],
    ['Washington', 'America/New_York'],
    ['Anchorage', 'America/Anchorage'],
  ])('%s → %s', (place, zone) => {
    expect(timeZoneForPlace(place)).toBe(zone);
  });

  it('matches whole words only', () => {
    expect(timeZoneForPlace('Permanence présidentielle')).toBeUndefined();
    expect(timeZoneForPlace('Parisiens')).toBeUndefined();
  });

  it('returns undefined for unknown or empty places', () => {
    expect(timeZoneForPlace('Atlantis')).toBeUndefined();
    expect(timeZoneForPlace('')).toBeUndefined();
    expect(timeZoneForPlace(' – ')).toBeUndefined();
  });

  it('prefers the place written first', () => {
    expect(timeZoneForPlace('Paris (en visioconférence avec Moscou)')).toBe('Europe/Paris');
    expect(timeZoneForPlace('Moscou, puis Paris')).toBe('Europe/Moscow');
  });
});

describe('places through invisible format characters', () => {
  it('reads a place through a SOFT HYPHEN or ZERO WIDTH SPACE inside its name, as any looked-up word', () => {
    expect(foldPlace('Mi\u00ADnsk')).toBe('minsk');
    expect(timeZoneForPlace('Mos\u200Bcou')).toBe('Europe/Moscow');
  });
});
