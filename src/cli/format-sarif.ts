/**
 * `pressdoc validate --format sarif`: a SARIF 2.1.0 log (one run), for
 * code-scanning tools that show findings inline. Every rule is listed in
 * `tool.driver.rules` with its description and documentation; each finding
 * is a result pointing at its region (1-based lines and columns, end column
 * exclusive, in UTF-16 code units as pressdoc counts them). A file that could
 * not be checked is a tool execution notification, and the run then says
 * `executionSuccessful: false`.
 *
 * @internal
 * @module
 */

import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../diagnostics.js';
import { rules } from '../validate/rules/index.js';
import type { ValidationDiagnostic } from '../validate/types.js';
import { STDIN_NAME } from './read-input.js';

/** The schema URI GitHub code scanning and the SARIF tools recognize. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The base that relative artifact URIs are relative to: the working directory. */
export const SRCROOT = 'SRCROOT';

/** SARIF's levels for pressdoc's severities. */
export function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

const RULE_INDEX = new Map(rules.map((r, i) => [r.id as string, i]));

/**
 * Where a file is, as a SARIF artifact location: relative to `cwd` (with
 * `uriBaseId` {@link SRCROOT}) when inside it, otherwise an absolute `file:`
 * URI; standard input has no URI, only a description.
 */
export function artifactLocation(file: string, cwd: string = process.cwd()): Record<string, unknown> {
  if (file === STDIN_NAME) return { description: { text: 'standard input' } };
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}

/** One SARIF result for a finding in `file`. */
export function sarifResult(file: string, d: ValidationDiagnostic): Record<string, unknown> {
  const { start, end } = d.position;
  return {
    ruleId: d.rule,
    ruleIndex: RULE_INDEX.get(d.rule) ?? -1,
    level: sarifLevel(d.severity),
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file),
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: start.offset, charLength: end.offset - start.offset },
        },
      },
    ],
  };
}

/** The log's text before the results: `$schema`, version, the tool with every rule, and the run's settings. */
export function sarifHead(version: string, cwd: string = process.cwd()): string {
  const driver = {
    name: 'pressdoc',
    version,
    semanticVersion: version,
    rules: rules.map((r) => ({
      id: r.id,
      name: r.id,
      shortDescription: { text: r.description },
      fullDescription: { text: r.description },
      help: { text: r.docs.details, markdown: r.docs.details },
      defaultConfiguration: { level: sarifLevel(r.defaultSeverity) },
    })),
  };
  const base = pathToFileURL(cwd.endsWith(sep) ? cwd : `${cwd}${sep}`).href;
  const head = JSON.stringify({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, originalUriBaseIds: { [SRCROOT]: { uri: base } }, columnKind: 'utf16CodeUnits' }],
  });
  // Cut before the run's closing `}]}` so results and invocations follow as they come.
  return `${head.slice(0, -3)},"results":[`;
}

/** The log's text after the results: the invocation, with a notification per file that could not be checked. */
export function sarifTail(failures: ReadonlyArray<{ file: string; error: string }>): string {
  const invocation = {
    executionSuccessful: failures.length === 0,
    toolExecutionNotifications: failures.map((f) => ({
      level: 'error',
      message: { text: f.error },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.file) } }],
    })),
  };
  return `],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
}
