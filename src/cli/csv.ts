/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF; a field with a
 * comma, a double quote, CR or LF is quoted, its quotes doubled.
 *
 * @internal
 * @module
 */

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, CRLF-terminated. */
export function csvRecord(values: ReadonlyArray<string | number>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
