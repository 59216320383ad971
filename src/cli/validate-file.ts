/**
 * Checks one file for `pressdoc validate`: read once (at most
 * `--max-file-size` bytes), decoded as strict UTF-8, validated. Runs in a
 * worker thread (through `validate-worker.ts`) or in the main thread.
 *
 * @internal
 * @module
 */

import { validate } from '../validate/index.js';
import type { RuleId, RuleSetting, ValidationDiagnostic } from '../validate/types.js';
import { decodeUtf8, InputError, readBytes } from './read-input.js';

/** What to check: a file and the run's settings. Plain data, so it crosses to a worker. */
export interface FileTask {
  /** The file's name as shown (a path relative to the working directory, or absolute). */
  file: string;
  /** Rule settings, already checked by the command. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** Options of `validate` besides `rules` (`parse`, `plugins` from the configuration file), forwarded as they are. */
  extra?: Record<string, unknown>;
  /** Bytes read at most (`--max-file-size`). */
  maxBytes: number;
  /** Named on the command line: read whatever it is. Otherwise (found in a folder or by a glob) only a regular file is read. */
  named: boolean;
  /** The bytes, when they were read already (standard input, or a large file the main thread read): not read again. */
  bytes?: Uint8Array;
}

/** The outcome for one file: its diagnostics, or why it could not be checked. */
export type FileResult =
  | { file: string; diagnostics: ValidationDiagnostic[] }
  | { file: string; error: string };

/** Validates a decoded text under `name`; an exception inside pressdoc becomes the file's `error`. */
export function validateText(name: string, text: string, rules: FileTask['rules'], extra?: FileTask['extra']): FileResult {
  try {
    return { file: name, diagnostics: validate(text, { ...extra, rules }) };
  } catch (err) {
    return { file: name, error: `internal error while validating, please report it: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}` };
  }
}

/** Decodes and validates bytes under `name`. Never throws: bytes that are not UTF-8 give an `error`. */
export function validateBytes(name: string, bytes: Uint8Array, rules: FileTask['rules'], extra?: FileTask['extra']): FileResult {
  let text: string;
  try {
    text = decodeUtf8(bytes, name);
  } catch (err) {
    return { file: name, error: err instanceof InputError ? err.message : String(err) };
  }
  return validateText(name, text, rules, extra);
}

/** Reads a task's bytes, or says why they cannot be read. Never throws. */
export async function readTask(task: FileTask): Promise<Uint8Array | FileResult> {
  if (task.bytes) return task.bytes;
  try {
    return await readBytes(task.file, { maxBytes: task.maxBytes, onlyRegular: !task.named });
  } catch (err) {
    return { file: task.file, error: err instanceof InputError ? err.message : `cannot read '${task.file}': ${String(err)}` };
  }
}

/** Reads and validates one file. Never throws: an unreadable, oversized or undecodable file gives an `error`. */
export async function validateFile(task: FileTask): Promise<FileResult> {
  const bytes = await readTask(task);
  return bytes instanceof Uint8Array ? validateBytes(task.file, bytes, task.rules, task.extra) : bytes;
}
