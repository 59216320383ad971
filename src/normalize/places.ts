import { dropInvisibles } from '../lexicon.js';
import { memoize } from '../util/memo.js';

/**
 * A small gazetteer: the IANA time zone of the places that show up in the
 * datelines of Kremlin event pages and French press scrapes.
 *
 * @internal
 * @module
 */

/** One IANA time zone and the place names, as written in French or English scrapes, that lie in it. */
export interface ZonePlaces {
  /** An IANA time zone name accepted by `Intl.DateTimeFormat` (`Europe/Moscow`). */
  readonly zone: string;
  /** Place names in that zone, written naturally (case, accents, hyphens and spaces are folded before matching). */
  readonly places: readonly string[];
}

/**
 * The gazetteer: one entry per IANA zone, with the places known to lie in it.
 *
 * Places are cities, residences and regions, in French and English spellings
 * (`Moscou`, `Moscow`, `Kremlin`, `Novo-Ogaryovo`). Country names are left
 * out on purpose: a dateline such as `Ambassade de Chine à Moscou` must not
 * resolve to China, and several countries span more than one zone.
 *
 * Zones are the place's own IANA zone even when it shares Moscow's offset
 * today (`Volgograd` → `Europe/Volgograd`, `Kirov` → `Europe/Kirov`), so that
 * instants stay right for dates before the last change of that zone.
 * Every zone listed is accepted by `new Intl.DateTimeFormat('en', { timeZone })`
 * on Node 20 (`Asia/Astana` is not an IANA zone: Astana is in `Asia/Almaty`).
 */
export const PLACE_ZONES: readonly ZonePlaces[] = [
  // --- Russia, west to east ------------------------------------------------
  { zone: 'Europe/Kaliningrad', places: ['Kaliningrad', 'Königsberg'] },
  {
    zone: 'Europe/Moscow',
    places: [
      'Moscou', 'Moscow', 'Moskva', 'Kremlin', 'Novo-Ogaryovo', 'Novo-Ogarevo', 'Novo-Ogariovo',
      'Zavidovo', 'Valdaï', 'Sotchi', 'Sochi', 'Bocharov Routcheï', 'Bocharov Ruchei',
      'Saint-Pétersbourg', 'St-Pétersbourg', 'Saint Petersburg', 'St Petersburg', 'Pétersbourg',
      'Leningrad', 'Strelna', 'Kazan', 'Koursk', 'Kursk', 'Arkhangelsk', 'Tver', 'Smolensk',
      'Nijni Novgorod', 'Nizhny Novgorod', 'Veliki Novgorod', 'Veliky Novgorod', 'Novgorod',
      'Iaroslavl', 'Yaroslavl', 'Toula', 'Tula', 'Kalouga', 'Kaluga', 'Riazan', 'Ryazan',
      'Briansk', 'Bryansk', 'Belgorod', 'Voronej', 'Voronezh', 'Lipetsk', 'Tambov', 'Orel',
      'Oriol', 'Mourmansk', 'Murmansk', 'Petrozavodsk', 'Pskov', 'Vologda', 'Kostroma',
      'Ivanovo', 'Rostov-sur-le-Don', 'Rostov-on-Don', 'Rostov', 'Krasnodar', 'Novorossiisk',
      'Novorossiysk', 'Stavropol', 'Grozny', 'Makhatchkala', 'Makhachkala', 'Naltchik',
      'Nalchik', 'Vladikavkaz', 'Piatigorsk', 'Pyatigorsk', 'Penza', 'Tcheboksary',
      'Cheboksary', 'Saransk', 'Iochkar-Ola', 'Yoshkar-Ola', 'Syktyvkar', 'Narian-Mar',
      'Naryan-Mar', 'Elista', 'Maïkop', 'Maykop', 'Tcherkessk', 'Cherkessk', 'Magas',
      'Koubinka', 'Kubinka', 'Serguiev Possad', 'Sergiev Posad', 'Gorki', 'Valaam', 'Carélie',
      'Karelia', 'Kronstadt', 'Cronstadt', 'Peterhof', 'Tsarskoïe Selo', 'Tsarskoye Selo', 'Sirius',
      'Krasnaïa Poliana', 'Krasnaya Polyana', 'Doubna', 'Dubna', 'Kolomna', 'Sarov',
    ],
  },
  { zone: 'Europe/Simferopol', places: ['Simferopol', 'Sébastopol', 'Sevastopol', 'Yalta', 'Ialta', 'Crimée', 'Crimea'] },
  { zone: 'Europe/Kirov', places: ['Kirov'] },
  { zone: 'Europe/Volgograd', places: ['Volgograd', 'Stalingrad'] },
  { zone: 'Europe/Saratov', places: ['Saratov'] },
  { zone: 'Europe/Ulyanovsk', places: ['Oulianovsk', 'Ulyanovsk'] },
  { zone: 'Europe/Astrakhan', places: ['Astrakhan'] },
  { zone: 'Europe/Samara', places: ['Samara', 'Togliatti', 'Tolyatti', 'Ijevsk', 'Izhevsk'] },
  {
    zone: 'Asia/Yekaterinburg',
    places: [
      'Ekaterinbourg', 'Iekaterinbourg', 'Yekaterinburg', 'Ekaterinburg', 'Perm', 'Tcheliabinsk',
      'Chelyabinsk', 'Oufa', 'Ufa', 'Tioumen', 'Tyumen', 'Orenbourg', 'Orenburg', 'Kourgan',
      'Kurgan', 'Magnitogorsk', 'Khanty-Mansiisk', 'Khanty-Mansiysk', 'Salekhard', 'Sourgout', 'Surgut',
    ],
  },
  { zone: 'Asia/Omsk', places: ['Omsk'] },
  { zone: 'Asia/Novosibirsk', places: ['Novossibirsk', 'Novosibirsk'] },
  { zone: 'Asia/Barnaul', places: ['Barnaoul', 'Barnaul'] },
  { zone: 'Asia/Tomsk', places: ['Tomsk'] },
  { zone: 'Asia/Novokuznetsk', places: ['Kemerovo', 'Novokouznetsk', 'Novokuznetsk'] },
  { zone: 'Asia/Krasnoyarsk', places: ['Krasnoïarsk', 'Krasnoiarsk', 'Krasnoyarsk', 'Norilsk', 'Kyzyl', 'Abakan'] },
  { zone: 'Asia/Irkutsk', places: ['Irkoutsk', 'Irkutsk', 'Oulan-Oude', 'Ulan-Ude', 'Bratsk'] },
  { zone: 'Asia/Chita', places: ['Tchita', 'Chita'] },
  { zone: 'Asia/Yakutsk', places: ['Iakoutsk', 'Yakutsk', 'Blagovechtchensk', 'Blagoveshchensk', 'Vostotchny', 'Vostochny'] },
  {
    zone: 'Asia/Vladivostok',
    places: ['Vladivostok', 'Khabarovsk', 'Ile Russki', 'Russky Island', 'Komsomolsk-sur-l’Amour', 'Komsomolsk-on-Amur', 'Birobidjan', 'Birobidzhan'],
  },
  { zone: 'Asia/Sakhalin', places: ['Ioujno-Sakhalinsk', 'Yuzhno-Sakhalinsk', 'Sakhaline', 'Sakhalin'] },
  { zone: 'Asia/Magadan', places: ['Magadan'] },
  { zone: 'Asia/Kamchatka', places: ['Petropavlovsk-Kamtchatski', 'Petropavlovsk-Kamchatsky', 'Kamtchatka', 'Kamchatka'] },
  { zone: 'Asia/Anadyr', places: ['Anadyr', 'Tchoukotka', 'Chukotka'] },

  // --- Belarus and the former Soviet states -----------------------------------
  { zone: 'Europe/Minsk', places: ['Minsk', 'Vitebsk', 'Polotsk', 'Novopolotsk', 'Gomel', 'Grodno', 'Moguilev', 'Mogilev', 'Moguilov'] },
  { zone: 'Europe/Kyiv', places: ['Kiev', 'Kyiv', 'Kyïv', 'Odessa', 'Kharkov', 'Kharkiv'] },
  { zone: 'Europe/Chisinau', places: ['Chisinau', 'Kichinev', 'Chișinău'] },
  { zone: 'Asia/Baku', places: ['Bakou', 'Baku'] },
  { zone: 'Asia/Yerevan', places: ['Erevan', 'Yerevan'] },
  { zone: 'Asia/Tbilisi', places: ['Tbilissi', 'Tbilisi'] },
  { zone: 'Asia/Almaty', places: ['Astana', 'Nour-Soultan', 'Nur-Sultan', 'Almaty', 'Alma-Ata'] },
  { zone: 'Asia/Tashkent', places: ['Tachkent', 'Tashkent', 'Samarcande', 'Samarkand', 'Boukhara', 'Bukhara'] },
  { zone: 'Asia/Bishkek', places: ['Bichkek', 'Bishkek', 'Tcholpon-Ata', 'Cholpon-Ata'] },
  { zone: 'Asia/Dushanbe', places: ['Douchanbé', 'Dushanbe'] },
  { zone: 'Asia/Ashgabat', places: ['Achgabat', 'Ashgabat', 'Achkhabad', 'Ashkhabad', 'Turkmenbachi', 'Turkmenbashi'] },

  // --- Asia and the Middle East --------------------------------------------
  { zone: 'Asia/Shanghai', places: ['Pékin', 'Beijing', 'Shanghai', 'Harbin', 'Tianjin', 'Qingdao', 'Xi’an', 'Xian'] },
  { zone: 'Asia/Hong_Kong', places: ['Hong Kong'] },
  { zone: 'Asia/Ulaanbaatar', places: ['Oulan-Bator', 'Ulaanbaatar', 'Ulan Bator'] },
  { zone: 'Asia/Pyongyang', places: ['Pyongyang'] },
  { zone: 'Asia/Seoul', places: ['Séoul', 'Seoul'] },
  { zone: 'Asia/Tokyo', places: ['Tokyo', 'Osaka'] },
  { zone: 'Asia/Ho_Chi_Minh', places: ['Hanoï', 'Hanoi', 'Hô Chi Minh-Ville', 'Ho Chi Minh City'] },
  { zone: 'Asia/Singapore', places: ['Singapour', 'Singapore'] },
  { zone: 'Asia/Jakarta', places: ['Jakarta', 'Djakarta'] },
  { zone: 'Asia/Kolkata', places: ['New Delhi', 'Delhi', 'Bombay', 'Mumbai'] },
  { zone: 'Asia/Tehran', places: ['Téhéran', 'Tehran'] },
  { zone: 'Europe/Istanbul', places: ['Ankara', 'Istanbul'] },
  { zone: 'Asia/Dubai', places: ['Abu Dhabi', 'Abou Dhabi', 'Dubaï', 'Dubai', 'Doubaï'] },
  { zone: 'Asia/Riyadh', places: ['Riyad', 'Riyadh', 'Djeddah', 'Jeddah'] },
  { zone: 'Asia/Qatar', places: ['Doha'] },
  { zone: 'Asia/Damascus', places: ['Damas', 'Damascus'] },
  { zone: 'Africa/Cairo', places: ['Le Caire', 'Cairo', 'Charm el-Cheikh', 'Sharm el-Sheikh'] },

  // --- Europe, Africa, the Americas -----------------------------------------
  { zone: 'Europe/Paris', places: ['Paris', 'Élysée', 'Versailles', 'Brégançon', 'Strasbourg'] },
  { zone: 'Europe/Berlin', places: ['Berlin'] },
  { zone: 'Europe/London', places: ['Londres', 'London'] },
  { zone: 'Europe/Belgrade', places: ['Belgrade'] },
  { zone: 'Europe/Budapest', places: ['Budapest'] },
  { zone: 'Europe/Helsinki', places: ['Helsinki'] },
  { zone: 'Europe/Zurich', places: ['Genève', 'Geneva'] },
  { zone: 'Africa/Johannesburg', places: ['Johannesburg', 'Pretoria'] },
  { zone: 'Africa/Addis_Ababa', places: ['Addis-Abeba', 'Addis Ababa'] },
  { zone: 'America/Sao_Paulo', places: ['Brasilia', 'Rio de Janeiro', 'São Paulo'] },
  { zone: 'America/New_York', places: ['Washington', 'New York', 'Maison Blanche', 'White House'] },
  { zone: 'America/Anchorage', places: ['Anchorage'] },
];

/**
 * Folds a place name for matching: case and diacritics removed
 * (`normalize('NFD')`, combining marks stripped), every run of characters
 * other than ASCII letters and digits made one space, trimmed; the
 * lexicon's invisible format characters are dropped first.
 *
 * `Région d’Arkhangelsk` → `region d arkhangelsk`.
 */
export function foldPlace(place: string): string {
  // An invisible format character (`Mi\u00ADnsk`) is read through, as in any looked-up word.
  return dropInvisibles(place)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The folded keys (`region d arkhangelsk`), each with its zone; the first entry wins a key written twice. */
const ZONE_BY_KEY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const { zone, places } of PLACE_ZONES) {
    for (const place of places) {
      const key = foldPlace(place);
      if (key !== '' && !map.has(key)) map.set(key, zone);
    }
  }
  return map;
})();

/** The most words in a key (`komsomolsk sur l amour`: 4). */
const MAX_KEY_WORDS = Math.max(...[...ZONE_BY_KEY.keys()].map((key) => key.split(' ').length));

/**
 * The IANA time zone of a place as written in a French or English scrape, or
 * `undefined` when no known place is named.
 *
 * Case and diacritics are folded, and a known place is recognised anywhere in
 * the string as a whole word or sequence of words (`Kremlin-Moscou`,
 * `Région de Kursk`, `Territoire de Perm` all match; `Permanence` does not
 * match `Perm`). When several known places are named, the one written first
 * wins, and at the same position the longest name.
 *
 * @param place - The place as written (`Kremlin-Moscou`).
 * @returns An IANA zone name accepted by `Intl.DateTimeFormat` (`Europe/Moscow`), or `undefined`.
 */
export function timeZoneForPlace(place: string): string | undefined {
  return activePlaces === undefined ? zoneOfPlace(place) : lookUpPlace(place, activePlaces);
}

/**
 * Whether a text is, as a whole, the name of a known place of the gazetteer
 * or of the user table of the parse under way (`Hong Kong`, `New York`,
 * `Abou Dhabi`): folded as {@link foldPlace} folds, not looked for inside a
 * longer text as {@link timeZoneForPlace} does.
 */
export function isPlaceName(text: string): boolean {
  const key = foldPlace(text);
  return key !== '' && (ZONE_BY_KEY.has(key) || activePlaces?.zones.has(key) === true);
}

// ---------------------------------------------------------------------------
// User places (`ParseOptions.places`)
// ---------------------------------------------------------------------------

/** A user place table, checked and folded: each key with its zone, and the most words in a key. */
export interface UserPlaces {
  /** Folded place (`tombouctou`) → IANA zone as `Intl` spells it (`Africa/Bamako`). */
  readonly zones: ReadonlyMap<string, string>;
  /** The most words in a key. */
  readonly maxWords: number;
}

/**
 * The user table of the `parse` call under way, set by {@link withPlaces}
 * for the call's duration (parse is synchronous, so calls never overlap).
 * The time normalizer reads it through {@link timeZoneForPlace}.
 */
let activePlaces: UserPlaces | undefined;

/**
 * Runs `fn` with `places` added to the gazetteer, then restores the
 * gazetteer as it was (also when `fn` throws). With `undefined`, runs `fn`
 * with the built-in gazetteer alone.
 */
export function withPlaces<T>(places: UserPlaces | undefined, fn: () => T): T {
  const previous = activePlaces;
  activePlaces = places;
  try {
    return fn();
  } finally {
    activePlaces = previous;
  }
}

/** The zone as `Intl` spells it (`africa/bamako` → `Africa/Bamako`), or `undefined` when `Intl` does not know it. */
function canonicalZone(zone: string): string | undefined {
  if (zone.trim() === '' || zone !== zone.trim()) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Checks a user place table (`{ Tombouctou: 'Africa/Bamako' }`: place as
 * written → IANA zone) and folds its keys as the gazetteer's are folded.
 *
 * A zone is accepted when `Intl.DateTimeFormat` accepts it (any IANA name
 * or alias the runtime knows, in any case; it is stored as `Intl` spells
 * it). Two places that fold to the same key keep the zone of the first.
 *
 * @param places - The table, or `undefined` for none.
 * @param field - The option's name, for messages (`options.places`).
 * @param caller - The function's name, for messages (`pressdoc.parse`).
 * @returns The folded table, or `undefined` when `places` is `undefined` or empty.
 * @throws TypeError when `places` is not a plain object, a place folds to
 *   nothing (no letter or digit), or a zone is not a string `Intl` knows
 *   (the message names the place and the zone, with the closest known zone).
 */
export function checkPlaces(places: unknown, field: string, caller: string): UserPlaces | undefined {
  if (places === undefined) return undefined;
  if (places === null || typeof places !== 'object' || Array.isArray(places)) {
    throw new TypeError(
      `${caller}: expected ${field} to be an object of place → IANA time zone such as { Tombouctou: 'Africa/Bamako' }, found ${places === null ? 'null' : Array.isArray(places) ? 'an array' : typeof places}.`,
    );
  }
  const zones = new Map<string, string>();
  for (const [place, zone] of Object.entries(places as Record<string, unknown>)) {
    const key = foldPlace(place);
    if (key === '') throw new TypeError(`${caller}: ${field} has the place ${JSON.stringify(place)}, which has no letter or digit to match.`);
    const canonical = typeof zone === 'string' ? canonicalZone(zone) : undefined;
    if (canonical === undefined) {
      const hint = typeof zone === 'string' ? closestZone(zone) : undefined;
      throw new TypeError(
        `${caller}: ${field}[${JSON.stringify(place)}] is ${JSON.stringify(zone) ?? String(zone)}, which is not an IANA time zone this runtime knows (such as 'Africa/Bamako').${hint ? ` Did you mean '${hint}'?` : ''}`,
      );
    }
    if (!zones.has(key)) zones.set(key, canonical);
  }
  if (zones.size === 0) return undefined;
  return { zones, maxWords: Math.max(...[...zones.keys()].map((key) => key.split(' ').length)) };
}

/** The known zone whose last part matches the last part of `zone` after folding (`Bamako` → `Africa/Bamako`). */
function closestZone(zone: string): string | undefined {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const city = foldPlace(zone.slice(zone.lastIndexOf('/') + 1));
  if (city === '') return undefined;
  return supported.find((z) => foldPlace(z.slice(z.lastIndexOf('/') + 1)) === city);
}

// A dossier names the same few places again and again (TOC entry, section
// heading, dateline): remember the answers instead of folding and looking up
// each time.
const zoneOfPlace = memoize((place: string) => lookUpPlace(place));

/**
 * The zone of the first known place in `place` (see {@link timeZoneForPlace}).
 * With a user table, its keys are known places too, matched the same way;
 * where a user key and a gazetteer key are the same words, the user's zone wins.
 */
function lookUpPlace(place: string, user?: UserPlaces): string | undefined {
  const folded = foldPlace(place);
  if (folded === '') return undefined;
  // Word by word from the start, the longest key first at each word: linear
  // in the length of the place, however many keys the gazetteer has.
  const words = folded.split(' ');
  const most = user === undefined ? MAX_KEY_WORDS : Math.max(MAX_KEY_WORDS, user.maxWords);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(most, words.length - i); n >= 1; n--) {
      const key = n === 1 ? (words[i] as string) : words.slice(i, i + n).join(' ');
      const zone = user?.zones.get(key) ?? ZONE_BY_KEY.get(key);
      if (zone !== undefined) return zone;
    }
  }
  return undefined;
}
