/**
 * The pressdoc syntax tree: plain JSON objects in the style of unist/mdast.
 *
 * Every node has a string `type` and a `position` whose points are
 * `{ line, column, offset }` (1-based line and column, 0-based offset, end
 * exclusive), measured in UTF-16 code units of the text as given to
 * {@link parse} (a BOM and CR/CRLF line endings included). Children lie
 * inside their parent's span and every non-blank character of the input lies
 * in the span of some leaf (a node without `children`).
 *
 * @module
 */

/** One place in the source text. */
export interface Point {
  /** Line number, 1-based. CRLF, CR and LF each end a line. */
  line: number;
  /**
   * Column, 1-based, in UTF-16 code units from the start of the line.
   *
   * A leading BOM (U+FEFF) counts: it is column 1 of line 1, so on line 1 of
   * a text with a BOM every column is one more than an editor that hides the
   * BOM shows (offsets count it too). Columns and offsets then index the
   * string as given, `text.slice(offset)`, which is the convention chosen;
   * subtract 1 on line 1 of a text that starts with a BOM when
   * you need an editor's column.
   */
  column: number;
  /** Offset from the start of the text, 0-based, in UTF-16 code units. */
  offset: number;
}

/** The span of a node: `start` inclusive, `end` exclusive. */
export interface Position {
  start: Point;
  end: Point;
}

/**
 * Information from the ecosystem attached to a node, as in unist: pressdoc
 * never writes it and ignores it (`validate` included); plugins and
 * applications may store anything JSON-serializable under their own keys.
 */
export interface Data {
  [key: string]: unknown;
}

/** Fields shared by every node. */
export interface NodeBase {
  /** The node's kind; the discriminant of {@link Node}. */
  type: string;
  /**
   * Where the node stands in the source text. Required on every node, unlike
   * unist where generated nodes may lack it: a pressdoc tree is always read
   * from a text, its rules and `toText` work from the offsets, and a node
   * added by hand should carry the span it stands for (its parent's, say).
   */
  position: Position;
  /** Anything the ecosystem attaches (unist's `data`); absent in the trees `parse` returns. */
  data?: Data;
}

// ---------------------------------------------------------------------------
// Normalized values
// ---------------------------------------------------------------------------

/**
 * How precise a {@link When} is: `minute` (date and time), `day` (full date,
 * no time), `month-day` (day and month, year unknown, as in `ce 19 décembre`),
 * `time` (a time of day and no date, as in a heading `1/Instruction … – 19:10`
 * whose date the table of contents gives), `none` (nothing readable).
 */
export type WhenPrecision = 'minute' | 'day' | 'month-day' | 'time' | 'none';

/**
 * A timestamp as written (`23 mai 2024 à 23h30 à Minsk`) and what it means.
 * Parts that the text does not give are absent, never guessed.
 */
export interface When {
  /** The text exactly as written; over several lines (`May 24, 2024` / `14:10` / `Minsk`), with an LF between them. */
  raw: string;
  /** Calendar year, when written (`24` in `24.05.24` is read as 2024). */
  year?: number;
  /** Month 1–12, when written. */
  month?: number;
  /** Day of month 1–31, when written. */
  day?: number;
  /** `YYYY-MM-DD`, only when year, month and day are all known and valid. */
  date?: string;
  /**
   * `true` when `year` (and so `date`) is not written but inferred from the
   * `referenceDate` option of {@link parse} (`ce 19 décembre` → the nearest
   * 19 December); absent otherwise. Without that option a year is never inferred.
   */
  yearInferred?: true;
  /** `HH:MM` (24-hour), when written. */
  time?: string;
  /** The place as written after `à`, `au` or a dash (`Minsk`, `Kremlin-Moscou`, `Région de Kursk`). */
  place?: string;
  /** IANA time zone of the place, when the place is known (`Europe/Moscow`). */
  timeZone?: string;
  /** ISO 8601 instant with the zone's offset (`2024-05-23T23:30:00+03:00`), when date, time and zone are known. */
  instant?: string;
  /** Which parts are known. */
  precision: WhenPrecision;
}

/**
 * A speaker label split into its parts, as written, and the person it names.
 *
 * A label that names a function but no person (`Question`, `Journaliste de
 * la chaîne ONT`, `Le Président`, `Ministre des Affaires étrangères`) has a
 * `role` and no `name`, `personId` or `canonicalName`: a turn without a
 * known person.
 */
export interface Speaker {
  /**
   * The person's name as written (`Alexander Lukashenko`; `Poutine` in
   * `Président Poutine`). Absent when the label names no person.
   */
  name?: string;
  /** The function written before the name (`Président de la Biélorussie`), or the whole label when it names no person. A title before a bare surname (`Président`, `Mr.`) is a role too. */
  role?: string;
  /** The organisation written after the name (`chaîne de télévision Belarus-1`). */
  affiliation?: string;
  /**
   * The id of the person in {@link Root.people}. Absent when the label names
   * no person, or when a bare surname matches several persons (an
   * `AMBIGUOUS_PERSON` diagnostic says so).
   */
  personId?: string;
  /** The person's canonical name ({@link Person.name}); present exactly when `personId` is. */
  canonicalName?: string;
}

/** One spelling of a person's name and how often the document (or corpus) writes it. */
export interface PersonSpelling {
  /** The spelling as written: a full name (`Alexander Lukashenko`), a surname (`Poutine`) or initials (`VP`). */
  value: string;
  /** How many speaker labels and mentions use it. */
  count: number;
}

/**
 * One person of a document (in {@link Root.people}) or of a corpus (from
 * `resolvePeople`): every speaker label and mention that names them, under
 * one stable id.
 */
export interface Person {
  /**
   * The stable id: from the user alias table when given; else the folded
   * first name and surname joined by `-` (`vladimir-putin` for `Vladimir
   * Poutine` and `Vladimir Putin`), or the folded surname when only a
   * surname is written (`putin`). The same person gets the same id in every
   * document, whatever the spelling.
   */
  id: string;
  /**
   * The canonical name: the alias table's name when given; else the full
   * name (first name and surname) written most often, ties to the longest,
   * then to the first written; else the spelling written most often.
   */
  name: string;
  /** `true` when id and name come from the user alias table. */
  pinned?: boolean;
  /** Every spelling of the name seen in labels, captions and participants lists, most frequent first. */
  spellings: PersonSpelling[];
  /** Every distinct speaker label as written (`Président de la Biélorussie Alexandre Loukachenko`), in order of first use. */
  labels: string[];
  /** Every distinct role written before the name in a label, honorifics (`Mr.`) left out, in order of first use. */
  roles: string[];
  /** Every distinct affiliation written after the name in a label, in order of first use. */
  affiliations: string[];
  /** The number of speaker turns. */
  turns: number;
  /** The number of times captions and participants lists name the person. */
  mentions: number;
}

/** A photo credit: `Photo : Pavel Bedniakov, RIA Novosti`. */
export interface Credit {
  /** The photographer, when named. */
  photographer?: string;
  /** The agency (`RIA Novosti`, `TASS`), when named. */
  agency?: string;
}

// ---------------------------------------------------------------------------
// Leaves
// ---------------------------------------------------------------------------

/**
 * The dossier header line.
 *
 * `6125 – RUSSIE – V.Poutine à Minsk rencontre Alexandre Loukachenko – 24.05.24 –`
 */
export interface Header extends NodeBase {
  type: 'header';
  /** The dossier number as written (`6125`). */
  number: string;
  /** The country field (`RUSSIE`); absent when the header has none (`4369 – Rencontre avec … – 28 mai 2021 – 18h10 à Sochi`). */
  country?: string;
  /** The title field. */
  title: string;
  /**
   * The date field (`24.05.24`), or the timestamp that closes a header
   * without a country (`28 mai 2021 – 18h10 à Sochi`, with its time and
   * place); absent when the header has none (`3763 – Kremlin – Du 28 au 30
   * Avril 2020, …`).
   */
  date?: When;
}

/**
 * A numbered heading line, the first child of a {@link Section} or
 * {@link Subsection}: `1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk`.
 */
export interface Heading extends NodeBase {
  type: 'heading';
  /** The text of the line, as written. */
  value: string;
}

/** One entry of the table of contents: `1°/Title – 23 mai 2024 à 23h30 à Minsk`. */
export interface TocEntry extends NodeBase {
  type: 'tocEntry';
  /** The section number (`1` in `1°/`); absent for an unnumbered entry (a `-` bullet line, then `Title – 9 septembre 2021 – 15h45`). */
  number?: number;
  /** The title, without number and timestamp. */
  title: string;
  /** The timestamp, when the line has one. */
  when?: When;
}

/** A timestamp alone on its line: `23 mai 2024 à 23h30 à Minsk`. */
export interface Dateline extends NodeBase {
  type: 'dateline';
  when: When;
}

/** A short place or topic line near a dateline or source link: `Territoire de Perm`. */
export interface Tag extends NodeBase {
  type: 'tag';
  /** The tag as written, trimmed. */
  value: string;
}

/** A line of running text. */
export interface Paragraph extends NodeBase {
  type: 'paragraph';
  /** The line's text, trimmed. */
  value: string;
  /** `true` on a section's lead paragraph (text before its dateline). */
  lead?: boolean;
  /** `true` when the text ends with an ellipsis (`…`), a cut in the source. */
  trailingEllipsis?: boolean;
}

/** An item of a bullet {@link List}: `- the 76th Guards Airborne Assault Division,`. */
export interface ListItem extends NodeBase {
  type: 'listItem';
  /** The bullet character (`-`, `•`). */
  marker: string;
  /** The item text after the bullet. */
  value: string;
}

/** One line of a {@link Participants} list: `du vice-premier ministre Piotr Parkhomchik,`. */
export interface Participant extends NodeBase {
  type: 'participant';
  /** The line's text, trimmed, trailing comma or period removed. */
  value: string;
  /** The ids ({@link Person.id}) of the speakers or alias-table persons the line names, in order; absent when none. */
  people?: string[];
}

/** The label of a {@link SpeakerTurn}: `Président russe Vladimir Poutine`. */
export interface SpeakerLabel extends NodeBase {
  type: 'speakerLabel';
  /** The label exactly as written, colon excluded. */
  value: string;
}

/** A gallery position: `1/8`, `1 sur 4`, `1 of 6`. */
export interface PhotoCounter extends NodeBase {
  type: 'photoCounter';
  /** The photo's position, 1-based as written. */
  index: number;
  /** The gallery's size as written. */
  total: number;
}

/**
 * A photo caption: `4 De gauche à droite : … Photo : Pavel Bedniakov, RIA Novosti`,
 * or the caption text after a counter on the same line (`5/10 .Cérémonie …`).
 */
export interface Caption extends NodeBase {
  type: 'caption';
  /** The caption number, when written. */
  number?: number;
  /** The caption text, credit excluded, stray leading punctuation removed. */
  text: string;
  /** The photo credit, when written. */
  credit?: Credit;
  /**
   * The ids ({@link Person.id}) of the speakers or alias-table persons the
   * caption names (`VP` for Vladimir Poutine, `Alexandre Loukachenko`,
   * `Président Poutine`), in order of first mention; absent when none.
   */
  people?: string[];
}

/**
 * Which source a {@link SourceLink} points to: the Kremlin's `news` and
 * `transcripts` event pages, or `other`.
 */
export type SourceKind = 'news' | 'transcripts' | 'other';

/** A line holding only a URL: `http://en.kremlin.ru/events/president/news/74102`. */
export interface SourceLink extends NodeBase {
  type: 'sourceLink';
  /** The URL as written. */
  url: string;
  /** The host name, lower-cased (`en.kremlin.ru`); empty when the URL does not parse. */
  host: string;
  /** The kind of page. */
  kind: SourceKind;
  /** The numeric event id at the end of a Kremlin event URL. */
  eventId?: number;
}

/**
 * What an {@link Elision} marks: `omission` (`<…>`, `[…]`), `break` (`* * *`),
 * `toBeContinued` (`À suivre.`).
 */
export type ElisionKind = 'omission' | 'break' | 'toBeContinued';

/** An elision or break line: `<… >`, `* * *`, `À suivre.`. */
export interface Elision extends NodeBase {
  type: 'elision';
  kind: ElisionKind;
  /** The mark as written. */
  value: string;
}

/**
 * What a {@link Boilerplate} line is: a cookie-consent banner, a
 * "follow us" line, a share line, the site slogan, the repeated title, the
 * headline of an embedded related article, the author's byline, the page's
 * path (breadcrumb), a view or share counter, a subscription prompt
 * (paywall), a line printed twice in a row, or the page's copyright notice
 * (`© 2020, The Press Service …`).
 */
export type BoilerplateKind =
  | 'cookieBanner'
  | 'followLine'
  | 'shareLine'
  | 'slogan'
  | 'repeatedTitle'
  | 'relatedHeadline'
  | 'byline'
  | 'breadcrumb'
  | 'viewCounter'
  | 'paywall'
  | 'repeatedLine'
  | 'copyright';

/** Page chrome kept apart from the text: `Suivez RT France surTelegram`. */
export interface Boilerplate extends NodeBase {
  type: 'boilerplate';
  kind: BoilerplateKind;
  /** The line as written, trimmed. */
  value: string;
}

/** The title of an article (its first line). */
export interface Title extends NodeBase {
  type: 'title';
  /** The title as written, trimmed. */
  value: string;
}

// ---------------------------------------------------------------------------
// Parents
// ---------------------------------------------------------------------------

/** The table of contents of a dossier. */
export interface Toc extends NodeBase {
  type: 'toc';
  children: TocEntry[];
}

/** A bullet list: consecutive {@link ListItem} lines. */
export interface List extends NodeBase {
  type: 'list';
  children: ListItem[];
}

/**
 * A participants list: an intro line ending in `en présence` or
 * `était représentée par`, then one {@link Participant} a line, up to the
 * line that ends with a period.
 */
export interface Participants extends NodeBase {
  type: 'participants';
  /** The intro phrase that opens the list (`en présence`, `était représentée par`). */
  intro: string;
  /** The intro line first, as a paragraph, then the participants. */
  children: Array<Paragraph | Participant>;
}

/** What a {@link SpeakerTurn} holds: its label, then the turn's lines and the gallery items between them. */
export type TurnContent = SpeakerLabel | Paragraph | List | Elision | PhotoCounter | Caption;

/**
 * A speaker turn: `Label : text` and the lines that continue it, up to the
 * next turn, heading, dateline, participants list or source link.
 */
export interface SpeakerTurn extends NodeBase {
  type: 'speakerTurn';
  /** The label exactly as written, colon excluded. */
  label: string;
  /** The label split into name, role and affiliation. */
  speaker: Speaker;
  children: TurnContent[];
}

/** What a {@link Section} or {@link Subsection} holds besides subsections. */
export type FlowContent =
  | Heading
  | Dateline
  | Tag
  | Paragraph
  | List
  | Participants
  | SpeakerTurn
  | PhotoCounter
  | Caption
  | SourceLink
  | Elision
  | Boilerplate;

/** A lettered part of a section: `A – Début des négociations … – 24 mai 2024 à 14h50 à Minsk`. */
export interface Subsection extends NodeBase {
  type: 'subsection';
  /** The letter (`A`). */
  letter: string;
  title: string;
  when?: When;
  /** The heading line first. */
  children: FlowContent[];
}

/** What a {@link Section} holds. */
export type SectionContent = FlowContent | Subsection;

/** One event of a dossier, from its `N°/` heading to the next. */
export interface Section extends NodeBase {
  type: 'section';
  /** The section number (`1` in `1°/`). */
  number: number;
  title: string;
  /** The heading's timestamp, when it has one. */
  when?: When;
  /** The heading line first. */
  children: SectionContent[];
}

/** What the {@link Root} holds. */
export type RootContent = Header | Toc | Section | Subsection | Title | FlowContent;

/** What kind of document a tree is. */
export type DocumentKind = 'dossier' | 'article' | 'unknown';

/** The whole document. */
export interface Root extends NodeBase {
  type: 'root';
  kind: DocumentKind;
  /** The document's own date: the header's for a dossier, the first date written for an article. */
  when?: When;
  /**
   * The people of the document: every person who speaks, and every
   * alias-table person named, in order of first appearance. Absent when
   * there is none.
   */
  people?: Person[];
  children: RootContent[];
}

/** Any node of the tree. */
export type Node =
  | Root
  | Header
  | Toc
  | TocEntry
  | Section
  | Subsection
  | Heading
  | Dateline
  | Tag
  | Paragraph
  | List
  | ListItem
  | Participants
  | Participant
  | SpeakerTurn
  | SpeakerLabel
  | PhotoCounter
  | Caption
  | SourceLink
  | Elision
  | Boilerplate
  | Title;

/** The `type` of any node. */
export type NodeType = Node['type'];

/** Nodes that have children. */
export type Parent = Extract<Node, { children: unknown }>;
