// Writes src/generated/zones.ts: for each IANA zone of the built-in gazetteer
// (PLACE_ZONES in src/normalize/places.ts), its UTC offsets and the instants
// they change, read from this Node's `Intl` (ICU's copy of the zone database)
// from 1970-01-01T00:00Z up to 2038-01-01T00:00Z. The time normalizer looks
// offsets up there instead of calling `Intl` per timestamp. The output is
// marked @generated; test/zones-freshness.test.ts fails when it is stale
// (another gazetteer, or a Node whose zone database changed).
//
//   node scripts/build-zones.mjs          (also run by `npm run build`)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outPath = join(root, 'src', 'generated', 'zones.ts');

/** First instant covered, ms since the epoch (1970-01-01T00:00Z). */
export const START = Date.UTC(1970, 0, 1);
/** First instant not covered, ms since the epoch (2038-01-01T00:00Z, where 32-bit time ends). */
export const END = Date.UTC(2038, 0, 1);
// Offsets are sampled once a day and a change found between two samples is
// narrowed to the second: two changes that cancel out within one day would
// go unseen, and the zone database has none in these years for these zones
// (the normalizer's own steady-day rule assumes as much over three days).
const STEP = 86_400_000;

/**
 * The zone's offset from UTC at an instant, in ms, from `Intl`'s
 * `longOffset` zone name (`GMT+03:00`, `GMT-00:44:30`, `GMT` for zero): a
 * third of the cost of the wall-clock parts src/normalize/time.ts reads, and
 * the same offset (test/normalize/zone-table.test.ts compares the two).
 */
function offsetReader(zone) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  return (instant) => {
    // `format` (`1/1/1970, GMT+01:00`) costs less than `formatToParts`.
    const text = f.format(instant);
    const m = /, GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(text);
    if (m === null) throw new Error(`${zone}: unexpected offset in ${JSON.stringify(text)}`);
    if (m[1] === undefined) return 0;
    const ms = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
    return m[1] === '-' ? -ms : ms;
  };
}

/**
 * The offsets of a zone over [START, END): the offset at START, then each
 * change as [instant in ms, offset in ms from that instant on].
 */
export function zoneChanges(zone) {
  const offsetAt = offsetReader(zone);
  const initial = offsetAt(START);
  const changes = [];
  let before = initial;
  for (let a = START; a < END; a += STEP) {
    const b = Math.min(a + STEP, END - 1000);
    let lo = a;
    // Several changes between two samples: narrow to each in turn.
    while (offsetAt(b) !== before) {
      let hi = b;
      // Invariant: the offset at lo is `before`, at hi it is not; whole seconds.
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetAt(mid) === before) lo = mid;
        else hi = mid;
      }
      before = offsetAt(hi);
      changes.push([hi, before]);
      lo = hi;
    }
  }
  return { initial, changes };
}

const MINUTE = 60_000;

/**
 * One zone as its offsets, in minutes, the first being the one at START,
 * and its changes as tokens: per change the time since the previous change (or START) in base
 * 36, lower case, followed by a letter: `A` + i when that time is in hours
 * (almost every change: a saving of a character each), `N` + i when it is in
 * minutes, where i is the index of the offset from then on.
 */
export function encodeZone(zone) {
  const { initial, changes } = zoneChanges(zone);
  const offsets = [];
  const index = (ms) => {
    if (ms % MINUTE !== 0) throw new Error(`${zone}: offset ${ms} ms is not whole minutes`);
    let i = offsets.indexOf(ms / MINUTE);
    if (i === -1) i = offsets.push(ms / MINUTE) - 1;
    if (i >= 13) throw new Error(`${zone}: more than 13 offsets`);
    return i;
  };
  index(initial);
  const tokens = [];
  let previous = START;
  for (const [at, offset] of changes) {
    const minutes = (at - previous) / MINUTE;
    if (!Number.isInteger(minutes)) throw new Error(`${zone}: a change at ${new Date(at).toISOString()} is not on a whole minute`);
    const i = index(offset);
    tokens.push(minutes % 60 === 0 ? (minutes / 60).toString(36) + String.fromCharCode(65 + i) : minutes.toString(36) + String.fromCharCode(78 + i));
    previous = at;
  }
  return { offsets, tokens };
}

/**
 * A zone's tokens as a string where a run of tokens that an earlier zone
 * has too is written `(z,s,n)` (base 36): n tokens from token s of zone z
 * (its index in the table). Zones that keep one rule share their runs:
 * changes at the same local times, with the same offset before and after,
 * are the same hours apart, so the Russian zones from 1981 to 2010 and the
 * European ones from 1996 on are written once; the table is a third as long.
 */
export function shareRuns(tokens, earlier) {
  let code = '';
  for (let i = 0; i < tokens.length; ) {
    let best = { gain: 0, length: 0, ref: '' };
    earlier.forEach((other, z) => {
      for (let start = 0; start < other.length; start++) {
        let n = 0;
        let chars = 0;
        while (i + n < tokens.length && start + n < other.length && other[start + n] === tokens[i + n]) chars += tokens[i + n++].length;
        if (n === 0) continue;
        const ref = `(${z.toString(36)},${start.toString(36)},${n.toString(36)})`;
        if (chars - ref.length > best.gain) best = { gain: chars - ref.length, length: n, ref };
      }
    });
    if (best.length > 0) {
      code += best.ref;
      i += best.length;
    } else {
      code += tokens[i++];
    }
  }
  return code;
}

/** The tokens of a code written by shareRuns, given the tokens of the zones before it. */
export function expandRuns(code, earlier) {
  const tokens = [];
  for (const m of code.matchAll(/\(([0-9a-z]+),([0-9a-z]+),([0-9a-z]+)\)|[0-9a-z]+[A-Z]/g)) {
    if (m[1] === undefined) tokens.push(m[0]);
    else {
      const start = parseInt(m[2], 36);
      tokens.push(...earlier[parseInt(m[1], 36)].slice(start, start + parseInt(m[3], 36)));
    }
  }
  return tokens;
}

/** The zones of the gazetteer, in its order, once each. */
export async function gazetteerZones() {
  // tsx reads the TypeScript source, so the list of zones exists once; loaded
  // here alone so that a test importing zonesSource goes without it.
  const { tsImport } = await import('tsx/esm/api');
  const { PLACE_ZONES } = await tsImport('../src/normalize/places.ts', import.meta.url);
  return [...new Set(PLACE_ZONES.map((entry) => entry.zone))];
}

/** The source of src/generated/zones.ts for these zones. */
export function zonesSource(zones) {
  const earlier = [];
  const rows = zones.map((zone) => {
    const { offsets, tokens } = encodeZone(zone);
    const code = shareRuns(tokens, earlier);
    if (expandRuns(code, earlier).join('') !== tokens.join('')) throw new Error(`${zone}: ${code} does not read back`);
    earlier.push(tokens);
    return `  [${JSON.stringify(zone)}, ${JSON.stringify(offsets)}, ${JSON.stringify(code)}],`;
  });
  return `// @generated by scripts/build-zones.mjs from the zones of src/normalize/places.ts and the zone
// database of Node's Intl (tz ${process.versions.tz}) — do not edit.

/** First instant the table covers, ms since the epoch (1970-01-01T00:00Z). */
export const ZONE_TABLE_START = ${START};

/** First instant the table does not cover, ms since the epoch (2038-01-01T00:00Z). */
export const ZONE_TABLE_END = ${END};

/** The version of the zone database the table was read from (\`process.versions.tz\`). */
export const ZONE_TABLE_TZ = ${JSON.stringify(process.versions.tz)};

/**
 * Per IANA zone: its name, its offsets from UTC in minutes (the first is the
 * one at ZONE_TABLE_START), and its changes as one string of tokens. A token
 * is the time since the previous change (or the start) in base 36, then a
 * letter: \`A\` + i when that time is in hours, \`N\` + i when in minutes, i
 * being the index of the offset from then on; or \`(z,s,n)\` (base 36): the n
 * tokens from token s of the zone at index z of this list, an earlier one.
 */
export const ZONE_TABLE: ReadonlyArray<readonly [string, readonly number[], string]> = [
${rows.join('\n')}
];
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const zones = await gazetteerZones();
  const source = zonesSource(zones);
  writeFileSync(outPath, source);
  console.log(
    `wrote src/generated/zones.ts: ${zones.length} zones, ${source.length} characters (tz ${process.versions.tz}) in ${Math.round(performance.now() - started)} ms`,
  );
}
