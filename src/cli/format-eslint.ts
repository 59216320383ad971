/**
 * `pressdoc validate --format json`: the results in the shape of ESLint's
 * `json` formatter (an array of `LintResult`s), so that ESLint formatters,
 * reviewdog and editors that read ESLint's output read pressdoc's too.
 *
 * @internal
 * @module
 */

import { resolve } from 'node:path';
import type { ValidationDiagnostic } from '../validate/types.js';
import { STDIN_NAME } from './read-input.js';
import type { FileResult } from './validate-file.js';

/** One message of an ESLint `LintResult`. */
export interface EslintMessage {
  /** The rule id; `null` for a file that could not be checked (ESLint's fatal messages). */
  ruleId: string | null;
  /** 2 for an error; 1 for a warning and for pressdoc's `info` (ESLint has no third level). */
  severity: 1 | 2;
  message: string;
  /** 1-based, as ESLint's. Absent for a fatal message: it has no place in the file. */
  line?: number;
  column?: number;
  /** 1-based, the column just past the span (end exclusive), as ESLint's. */
  endLine?: number;
  endColumn?: number;
  /** `true` only for a file that could not be read, decoded or checked. */
  fatal?: true;
  /** Always `null`: pressdoc rules have no AST node type in ESLint's sense. */
  nodeType: null;
}

/** One file, as an ESLint `LintResult`. */
export interface EslintResult {
  /** Absolute, as ESLint writes it; `<stdin>` for standard input. */
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: number;
  /** Messages of severity 1: warnings and infos. */
  warningCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  usedDeprecatedRules: [];
}

function message(d: ValidationDiagnostic): EslintMessage {
  const { start, end } = d.position;
  return {
    ruleId: d.rule,
    severity: d.severity === 'error' ? 2 : 1,
    message: d.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    nodeType: null,
  };
}

/**
 * A file's result in ESLint's shape. A file that could not be checked is one
 * fatal message (`ruleId: null`, severity 2), as ESLint gives a file it cannot parse.
 */
export function eslintResult(result: FileResult): EslintResult {
  const messages: EslintMessage[] =
    'error' in result ? [{ ruleId: null, severity: 2, message: result.error, fatal: true, nodeType: null }] : result.diagnostics.map(message);
  const errors = messages.filter((m) => m.severity === 2).length;
  return {
    filePath: result.file === STDIN_NAME ? STDIN_NAME : resolve(result.file),
    messages,
    suppressedMessages: [],
    errorCount: errors,
    fatalErrorCount: 'error' in result ? 1 : 0,
    warningCount: messages.length - errors,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}
