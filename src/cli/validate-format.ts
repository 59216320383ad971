/**
 * The output of `pressdoc validate`: one report per file, in file order,
 * written as it comes (stylish lines, a JSON array, or NDJSON records),
 * and the totals for the summary and the exit status.
 *
 * @internal
 * @module
 */

import type { Severity } from '../diagnostics.js';
import type { ValidationDiagnostic } from '../validate/types.js';
import { eslintResult } from './format-eslint.js';
import { sarifHead, sarifResult, sarifTail } from './format-sarif.js';
import { showName } from './show.js';
import type { FileResult } from './validate-file.js';

import type { Format } from './validate-settings.js';

export { FORMATS, type Format } from './validate-settings.js';

/** Counts over a run. */
export interface Totals {
  files: number;
  /** Files with at least one diagnostic. */
  filesWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be read, decoded or checked. */
  failed: number;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const paint = { red: sgr(31, 39), yellow: sgr(33, 39), blue: sgr(34, 39), bold: sgr(1, 22), dim: sgr(2, 22) };

function colorSeverity(s: Severity): string {
  return s === 'error' ? paint.bold(paint.red(s)) : s === 'warning' ? paint.yellow(s) : paint.blue(s);
}

/** One line of a message: line breaks and control characters would break the one-finding-a-line format. */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '\uFFFD');
}

/** `file:line:col  severity  message  rule-id`; control characters in the file name are escaped (`\n`, `\u001b`). */
export function formatFinding(file: string, d: ValidationDiagnostic, color: boolean): string {
  const { line, column } = d.position.start;
  return `${showName(file)}:${line}:${column}  ${color ? colorSeverity(d.severity) : d.severity}  ${oneLine(d.message)}  ${color ? paint.dim(d.rule) : d.rule}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `3 problems (1 error, 1 warning, 1 info) in 2 of 5 files`, `no problems in 5 files`, plus failed files. */
export function formatSummary(t: Totals, color: boolean): string {
  const problems = t.errors + t.warnings + t.infos;
  const checked = t.files - t.failed;
  let out =
    problems === 0
      ? `no problems in ${plural(checked, 'file')}`
      : `${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.infos} info) in ${t.filesWithProblems} of ${plural(checked, 'file')}`;
  if (t.failed > 0) out += `; ${plural(t.failed, 'input')} could not be checked`;
  if (!color) return out;
  return t.errors > 0 || t.failed > 0 ? paint.bold(paint.red(out)) : t.warnings > 0 ? paint.yellow(out) : out;
}

/** Writes the results of a run in one format, counting as it goes. */
export class Reporter {
  readonly totals: Totals = { files: 0, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, failed: 0 };
  private first = true;
  private readonly failures: Array<{ file: string; error: string }> = [];

  /** `version` is pressdoc's, written into the SARIF log's tool. */
  constructor(
    private readonly format: Format,
    private readonly out: (text: string) => void,
    private readonly err: (text: string) => void,
    private readonly color: boolean,
    private readonly version = '0.0.0',
  ) {}

  /** Before the first file. */
  start(): void {
    if (this.format === 'json' || this.format === 'pressdoc-json') this.out('[');
    if (this.format === 'sarif') this.out(sarifHead(this.version));
  }

  /** One file's result, in file order. */
  file(result: FileResult): void {
    const t = this.totals;
    t.files++;
    if ('error' in result) {
      t.failed++;
      // Always on standard error for people; in the machine formats on standard output as well.
      this.err(`pressdoc: ${oneLine(result.error)}\n`);
      if (this.format === 'pressdoc-json') this.element(JSON.stringify(result));
      if (this.format === 'json') this.element(JSON.stringify(eslintResult(result)));
      if (this.format === 'ndjson') this.out(`${JSON.stringify(result)}\n`);
      if (this.format === 'sarif') this.failures.push(result);
      return;
    }
    const ds = result.diagnostics;
    if (ds.length > 0) t.filesWithProblems++;
    for (const d of ds) {
      if (d.severity === 'error') t.errors++;
      else if (d.severity === 'warning') t.warnings++;
      else t.infos++;
    }
    // Written in pieces of about 64 KiB: a file with a million findings never becomes one string.
    const piece = new Pieces(this.out);
    switch (this.format) {
      case 'json':
        // ESLint lists every file, those without messages too.
        this.element(JSON.stringify(eslintResult(result)));
        break;
      case 'sarif':
        for (const d of ds) {
          piece.add(`${this.first ? '\n' : ',\n'}${JSON.stringify(sarifResult(result.file, d))}`);
          this.first = false;
        }
        break;
      case 'pressdoc-json':
        // The same text as JSON.stringify(result), one diagnostic at a time.
        piece.add(`${this.first ? '\n' : ',\n'}{"file":${JSON.stringify(result.file)},"diagnostics":[`);
        this.first = false;
        ds.forEach((d, i) => piece.add(`${i === 0 ? '' : ','}${JSON.stringify(d)}`));
        piece.add(']}');
        break;
      case 'ndjson': {
        const file = JSON.stringify(result.file);
        // The same text as JSON.stringify({ file, ...d }).
        for (const d of ds) piece.add(`{"file":${file},${JSON.stringify(d).slice(1)}\n`);
        break;
      }
      default:
        for (const d of ds) piece.add(`${formatFinding(result.file, d, this.color)}\n`);
        if (ds.length > 0) piece.add('\n');
    }
    piece.flush();
  }

  /** After the last file: closes the JSON array, or prints the summary line. */
  end(): void {
    if (this.format === 'json' || this.format === 'pressdoc-json') this.out(this.first ? ']\n' : '\n]\n');
    if (this.format === 'sarif') this.out(sarifTail(this.failures));
    if (this.format === 'stylish') this.out(`${formatSummary(this.totals, this.color)}\n`);
  }

  private element(json: string): void {
    this.out(`${this.first ? '\n' : ',\n'}${json}`);
    this.first = false;
  }
}

/** Joins small strings and writes them in pieces of about 64 KiB. */
class Pieces {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: (text: string) => void) {}

  add(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 65_536) this.flush();
  }

  flush(): void {
    if (this.parts.length > 0) this.out(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}
