/**
 * Checks one file for `pressdoc validate`: read once, decoded as strict
 * UTF-8, validated. Runs in a worker thread (through
 * `validate-worker.ts`) or in the main thread with `--jobs 1`.
 *
 * @internal
 * @module
 */

import { validate } from '../validate/index.js';
import type { RuleId, RuleSetting, ValidationDiagnostic } from '../validate/types.js';
import { InputError, readInput } from './read-input.js';

/** What to check: a file and the run's rule settings. Plain data, so it crosses to a worker. */
export interface FileTask {
  /** The file's name as shown (a path relative to the working directory, or absolute). */
  file: string;
  /** Rule settings, already checked by the command. */
  rules: Partial<Record<RuleId, RuleSetting>>;
}

/** The outcome for one file: its diagnostics, or why it could not be checked. */
export type FileResult =
  | { file: string; diagnostics: ValidationDiagnostic[] }
  | { file: string; error: string };

/** Validates a decoded text under `name`; an exception inside pressdoc becomes the file's `error`. */
export function validateText(name: string, text: string, rules: FileTask['rules']): FileResult {
  try {
    return { file: name, diagnostics: validate(text, { rules }) };
  } catch (err) {
    return { file: name, error: `internal error while validating, please report it: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}` };
  }
}

/** Reads and validates one file. Never throws: an unreadable or undecodable file gives an `error`. */
export async function validateFile(task: FileTask): Promise<FileResult> {
  let text: string;
  try {
    text = (await readInput(task.file)).text;
  } catch (err) {
    return { file: task.file, error: err instanceof InputError ? err.message : `cannot read '${task.file}': ${String(err)}` };
  }
  return validateText(task.file, text, task.rules);
}
