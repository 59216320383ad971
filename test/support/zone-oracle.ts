// A brute-force oracle for `zoneOffset` (src/normalize/time.ts) that shares
// nothing with the implementation: every quarter-hour offset from −14:00 to
// +14:00 is tried, and one is right when the instant it gives shows the wall
// clock asked for in the zone (read back with `Intl`). Two right ones (an
// overlap): the earlier instant, i.e. the larger offset. None (skipped
// time): the offset in force a few hours before the change.

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock that `instant` (ms since the epoch) shows in `zone`, to the minute, as `Intl` prints it. */
function wallOf(zone: string, instant: number): string {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formats.set(zone, f);
  }
  return f.format(instant);
}

/** The UTC offset (`+03:00`) of `zone` at the wall time y-mo-d h:mi (month 1–12), by brute force. */
export function oracleOffset(zone: string, y: number, mo: number, d: number, h: number, mi: number): string {
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const want = wallOf('UTC', wall);
  const valid: number[] = [];
  for (let q = -56; q <= 56; q++) if (wallOf(zone, wall - q * 900_000) === want) valid.push(q * 15);
  let minutes = valid.length > 0 ? Math.max(...valid) : NaN;
  if (valid.length === 0) {
    const probe = wall - 6 * 3_600_000;
    for (let q = -56; q <= 56; q++) if (wallOf(zone, probe - q * 900_000) === wallOf('UTC', probe)) minutes = q * 15;
  }
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
