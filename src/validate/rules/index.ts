/**
 * The list of validation rules, in the order of {@link RULE_IDS}.
 *
 * @module
 */
import type { Rule } from '../types.js';
import { captionSequence } from './caption-sequence.js';
import { datelineMatchesToc } from './dateline-matches-toc.js';
import { datesNearHeader } from './dates-near-header.js';
import { encodingDamage } from './encoding-damage.js';
import { gallerySequence } from './gallery-sequence.js';
import { pageChrome } from './page-chrome.js';
import { parserRules } from './parser.js';
import { sourceLinkDuplicate } from './source-link-duplicate.js';
import { sourceLinkFormat } from './source-link-format.js';
import { sourceLinkMissing } from './source-link-missing.js';
import { tocMatchesSections } from './toc-matches-sections.js';
import { truncated } from './truncated.js';

/** Every rule {@link validate} runs, in the order of {@link RULE_IDS}. Frozen. */
export const rules: readonly Rule[] = Object.freeze([
  tocMatchesSections,
  datelineMatchesToc,
  datesNearHeader,
  gallerySequence,
  captionSequence,
  sourceLinkMissing,
  sourceLinkFormat,
  sourceLinkDuplicate,
  truncated,
  encodingDamage,
  pageChrome,
  ...parserRules,
]);
