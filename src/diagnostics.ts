import type { Position } from './nodes.js';

/** How serious a {@link Diagnostic} is. `error`: the tree misses something the text meant; `warning`: likely damage; `info`: a note on something the parser read loosely. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The codes of the diagnostics that {@link parse} emits.
 *
 * - `UNRECOGNIZED_LINE` — a line that looks like no construct where it stands; kept as a paragraph.
 * - `UNKNOWN_DOCUMENT_KIND` — a non-blank text that is neither a dossier (no header, no `N°/` or
 *   lettered heading) nor a news article (no site chrome); its lines are kept as they read on their own.
 * - `MALFORMED_HEADER` — a first line that starts like a dossier header but does not read as one.
 * - `HEADING_WITHOUT_TIMESTAMP` — a `N°/` heading with no readable timestamp.
 * - `INVALID_DATE` — a date that does not exist (`31 février 2025`, `32.05.24`).
 * - `INVALID_TIME` — a time out of range (`25h70`).
 * - `UNKNOWN_TIME_ZONE` — a timestamp whose place has no known time zone, so no instant is given.
 * - `MALFORMED_URL` — a source link that does not parse as a URL.
 * - `AMBIGUOUS_PERSON` — a speaker label with a bare surname (`Président Novak`) that matches several persons; the turn gets no `personId`.
 * - `RESOURCE_EXHAUSTION` — the input, or one of its lines, was longer than `ParseOptions.limits` allow,
 *   or memory ran out; what was not read is kept as text.
 * - `INTERNAL_ERROR` — a bug in pressdoc; the whole text is kept as paragraphs.
 */
export type DiagnosticCode =
  | 'UNRECOGNIZED_LINE'
  | 'UNKNOWN_DOCUMENT_KIND'
  | 'MALFORMED_HEADER'
  | 'HEADING_WITHOUT_TIMESTAMP'
  | 'INVALID_DATE'
  | 'INVALID_TIME'
  | 'UNKNOWN_TIME_ZONE'
  | 'MALFORMED_URL'
  | 'AMBIGUOUS_PERSON'
  | 'RESOURCE_EXHAUSTION'
  | 'INTERNAL_ERROR';

/** A problem found in the text: data, never an exception. */
export interface Diagnostic {
  /** A stable machine-readable code. */
  code: DiagnosticCode;
  severity: Severity;
  /** A sentence for people, naming what was expected and what was found. */
  message: string;
  /** The span of the text concerned. */
  position: Position;
}

/**
 * Collects diagnostics by offset during a parse; points are filled in at the
 * end, from the same line table as the nodes.
 *
 * @internal
 */
export interface PendingDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  start: number;
  end: number;
}

/** Where builders report diagnostics, by offsets. @internal */
export type Report = (d: PendingDiagnostic) => void;
