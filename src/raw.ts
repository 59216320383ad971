/**
 * The raw lines produced by the grammar (`grammar/pressdoc.peggy`), before
 * composition. Offsets are 0-based UTF-16 offsets into the text as given,
 * `end` exclusive. Internal: not part of the public API.
 *
 * @internal
 * @module
 */

/** A captured part of a line with its span. */
export interface RawPart {
  value: string;
  start: number;
  end: number;
}

/** A date as captured: `23 mai 2024` (`words`) or `24.05.24` (`numeric`). */
export interface RawDate {
  style: 'words' | 'numeric';
  start: number;
  end: number;
  day: RawPart;
  month: RawPart;
  year: RawPart;
}

/** A time of day as captured: `23h30`, `19:10`, `midi`. */
export interface RawClock {
  start: number;
  end: number;
  /** The hour's digits, or a word of the lexicon's clockWords (`midi`, `minuit`). */
  hour: RawPart;
  /** Null for an hour alone (`23h`), whose minutes are 00. */
  minute: RawPart | null;
}

/** A timestamp as captured: date, optional `à HHhMM`, optional place. */
export interface RawWhen {
  start: number;
  end: number;
  /** Null for a heading's time alone (`1/Instruction … – 19:10`). */
  date: RawDate | null;
  time: RawClock | null;
  place: { start: number; end: number; sep: string; name: RawPart } | null;
}

/** Every raw line spans the whole line: `start` at its first character, `end` before its line break. */
interface RawLineBase {
  start: number;
  end: number;
}

export interface RawSourceLink extends RawLineBase { type: 'sourceLink'; url: RawPart }
export interface RawHeading extends RawLineBase {
  type: 'heading';
  number: RawPart;
  mark: string;
  title: RawPart;
  when: RawWhen | null;
}
export interface RawSubheading extends RawLineBase {
  type: 'subheading';
  letter: RawPart;
  title: RawPart;
  when: RawWhen;
}
export interface RawHeader extends RawLineBase {
  type: 'header';
  number: RawPart;
  /** The country slot; null when the header has none (`4369 – Rencontre … – 28 mai 2021 – 18h10 à Sochi`). */
  country: RawPart | null;
  title: RawPart;
  /** The `dd.mm.yy` field after a country slot; null when the header has none. */
  date: RawDate | null;
  /** The timestamp that closes a header without a country slot (`28 mai 2021 – 18h10 à Sochi`); null otherwise. */
  when: RawWhen | null;
}
export interface RawPhotoCounter extends RawLineBase {
  type: 'photoCounter';
  index: RawPart;
  total: RawPart;
  /** Where the counter itself ends (`1/8`); `end` is the end of the line, caption included. */
  counterEnd: number;
  /** A caption on the same line: its span (the counter's own span is start..counterEnd). */
  caption: { start: number; end: number; credit: RawCredit | null } | null;
}
export interface RawDateline extends RawLineBase {
  type: 'dateline';
  when: RawWhen;
  /** Set when a word of publication opens it (`Publié le 12/10/2016`): the page's date, not an event's. */
  published?: true;
}
export interface RawCredit {
  start: number;
  end: number;
  who: RawPart;
  agency: RawPart | null;
  /** Set on a credit that names its agency among its words, unsplit (`AP Photo/Pavel Golovkin, File`): the builder splits it. */
  named?: true;
}
export interface RawCaption extends RawLineBase {
  type: 'caption';
  number: RawPart;
  text: RawPart;
  credit: RawCredit | null;
}
export interface RawElision extends RawLineBase { type: 'elision'; kind: 'omission' | 'break' | 'toBeContinued' }
export interface RawListItem extends RawLineBase {
  type: 'listItem';
  marker: string;
  text: RawPart;
  /** The same line read as an unnumbered table-of-contents entry, when its text is a title and a timestamp (`- Sommet des BRICS – 9 septembre 2021 – 15h45`). */
  entry?: RawEntry;
}
/** A list item that reads as an unnumbered entry. */
export interface RawEntryItem extends RawListItem { entry: RawEntry }
export interface RawChrome extends RawLineBase { type: 'chrome'; kind: 'followLine' | 'shareLine' | 'cookieBanner' | 'slogan' | 'byline' | 'relatedHeadline' | 'viewCounter' | 'copyright' }
export interface RawLabel {
  start: number;
  end: number;
  /** The role before the name, a dotted honorific (`Mr.`), or the whole function when `name` is null. */
  role: RawPart | null;
  /** The name; null when the label names a function and no person (`Question`). */
  name: RawPart | null;
  affiliation: RawPart | null;
  /** Set on a label of one name word (`Putin:`): a turn only where the document names the person in full (src/surname-labels.ts). */
  surnameOnly?: true;
}
/** The forms of a label that is a turn only in a dialogue of that form. */
export type RawDialogueForm = 'quoted' | 'dashed';
export interface RawSpeakerTurn extends RawLineBase {
  type: 'speakerTurn';
  label: RawLabel;
  /** Offset just after the colon that ends the label. */
  colonEnd: number;
  /** Where the label's leaf starts when a hyphen is glued before the label (`-Question:`); else at the label. */
  leafStart?: number;
  /**
   * Set on a label that is a turn only in a dialogue of its form
   * (src/dialogue-labels.ts): `quoted` when the text is one quotation
   * (`Poutine : « … »`, else a headline's), `dashed` when a period and a dash
   * end the label (`LE FIGARO. - …`, else a dispatch's place).
   */
  dialogue?: RawDialogueForm;
  text: RawPart;
}
export interface RawText extends RawLineBase {
  type: 'text';
  /** The photo credit that ends the line (`… Photo : Sergueï Bobylev, RIA Novosti`), when one does. */
  credit?: RawCredit;
  /** Set on a line longer than `limits.maxLineLength`, which the grammar kept whole without reading it. */
  overlong?: true;
}
/** A photo credit alone on its line: `(Photo : AP)`, `© Sputnik . Sergueï Guinéev`. */
export interface RawCreditLine extends RawLineBase { type: 'credit' }
/** A time alone on its line (`14:10`), as Kremlin pages write it under the date. */
export interface RawTime extends RawLineBase { type: 'time'; time: RawClock }
/** A bullet alone on its line (`-`), before an unnumbered table-of-contents entry. */
export interface RawBullet extends RawLineBase { type: 'bullet'; marker: string }
/** A title ending in a date and time, without a number: `Sommet des BRICS – 9 septembre 2021 – 15h45`. */
export interface RawEntry extends RawLineBase { type: 'entry'; title: RawPart; when: RawWhen }

/** One classified line; `null` for a blank line. */
export type RawLine =
  | RawSourceLink
  | RawHeading
  | RawSubheading
  | RawHeader
  | RawPhotoCounter
  | RawDateline
  | RawCaption
  | RawElision
  | RawListItem
  | RawChrome
  | RawSpeakerTurn
  | RawTime
  | RawCreditLine
  | RawBullet
  | RawEntry
  | RawText;

/** What the grammar returns for a whole document. */
export interface RawDocument {
  bom: boolean;
  lines: Array<RawLine | null>;
}
