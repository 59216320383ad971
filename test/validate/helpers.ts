import { parse } from '../../src/index.js';
import type { Root } from '../../src/nodes.js';
import { validate } from '../../src/validate/index.js';
import type { RuleId, ValidationDiagnostic } from '../../src/validate/types.js';

/** The findings of one rule on a text (or a tree), every rule running as by default. */
export function findingsOf(rule: RuleId, input: string | Root): ValidationDiagnostic[] {
  return validate(input).filter((d) => d.rule === rule);
}

/** `line:column message` of each finding, to compare in one go. */
export function brief(ds: readonly ValidationDiagnostic[]): string[] {
  return ds.map((d) => `${d.position.start.line}:${d.position.start.column} ${d.message}`);
}

/** Lines joined with LF, with a final LF. */
export function lines(...ls: string[]): string {
  return `${ls.join('\n')}\n`;
}

/** A Kremlin news link with the given event id. */
export const link = (id: number, kind: 'news' | 'transcripts' = 'news'): string => `http://en.kremlin.ru/events/president/${kind}/${id}`;

/** A `N°/Title – timestamp` line. */
export const heading = (n: number, title = `Titre ${n}`, when = `2${n} mai 2024 à 1${n}h00 à Minsk`): string => `${n}°/${title} – ${when}`;

/** The tree of a text. */
export const treeOf = (text: string): Root => parse(text).tree;

/**
 * A well-formed dossier: header, TOC and `n` sections, each with a lead,
 * a dateline and its source link. Every rule passes on it.
 */
export function cleanDossier(n = 3): string {
  const out = ['6125 – RUSSIE – V.Poutine à Minsk rencontre Alexandre Loukachenko – 24.05.24 –', ''];
  for (let i = 1; i <= n; i++) out.push(heading(i));
  out.push('');
  for (let i = 1; i <= n; i++) {
    out.push(heading(i), `Vladimir Poutine a tenu la réunion ${i}.`, `2${i} mai 2024 à 1${i}h00 à Minsk`, link(74100 + i), '');
  }
  return out.join('\n');
}
