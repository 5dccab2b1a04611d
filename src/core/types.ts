/**
 * The data model of an analysis. Every offset is a UTF-16 code unit index into the analysed text
 * (the same unit as VS Code's `document.offsetAt`), `start` inclusive and `end` exclusive.
 */

/** A half-open range of the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span with the text it covers. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** Front matter fields (`key: value` lines between `---` fences at the top of the file). */
export interface FrontMatter extends Span {
  readonly fields: Readonly<Record<string, string>>;
}

/** A paragraph: a run of non-blank lines. */
export interface Paragraph extends Span {
  readonly index: number;
}

/** A sentence inside a paragraph. */
export interface Sentence extends Span {
  readonly paragraph: number;
}

/** The document's layout, found before anything else. */
export interface Structure {
  readonly frontMatter: FrontMatter | null;
  readonly headline: TextSpan | null;
  /** A dateline ("Friday, August 21, 2015") or byline ("By Jane Doe") line after the headline. */
  readonly dateline: TextSpan | null;
  /** Body paragraphs (not the front matter, headline, dateline or boilerplate). */
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** Lines recognised as site boilerplate ("NEWYou can now listen to Fox News articles!"). */
  readonly boilerplate: readonly Span[];
}

/** What a quoted span is used for. Only `statement` quotes become statements. */
export type QuoteRole = 'statement' | 'term' | 'title' | 'scare' | 'nickname' | 'headline';

/** A quoted span. `start`/`end` cover the words, without the marks. */
export interface Quote extends Span {
  readonly text: string;
  /** The opening mark. */
  readonly open: Span;
  /** The closing mark, or null when the quotation never closes. */
  readonly close: Span | null;
  readonly role: QuoteRole;
}

/** A communication cue: "said", "told reporters", "according to", "has suggested". */
export interface Cue extends TextSpan {
  /** The lemma of the cue's main verb ("say", "tell", "according to"). */
  readonly lemma: string;
}

export type StatementKind = 'direct' | 'mixed' | 'indirect';

/** A statement: something the article attributes to a source. */
export interface Statement extends Span {
  readonly id: string;
  readonly kind: StatementKind;
  /** The words of the statement (for direct/mixed: between the marks; for indirect: the content clause). */
  readonly text: string;
  /** The id of the speaker in `Analysis.speakers`, or null when unattributed. */
  readonly speakerId: string | null;
  /** The words naming the source at this statement ("Bush", "she", "a police spokesman"). */
  readonly speakerMention: TextSpan | null;
  readonly cue: Cue | null;
}

export type SpeakerKind = 'person' | 'organization' | 'group' | 'unknown';

/** One real source, with every way the article refers to it. */
export interface Speaker {
  readonly id: string;
  /** The fullest proper name the article gives ("Vladimir Putin"), or a label ("U.S. officials"). */
  readonly name: string;
  /** Other names and descriptions used for it (not pronouns). */
  readonly aliases: readonly string[];
  /** Its description in the article ("Bush's national security adviser"), if any. */
  readonly role: string | null;
  readonly kind: SpeakerKind;
  readonly statementCount: number;
  /** Every mention of this speaker in the text, pronouns included, in reading order. */
  readonly mentions: readonly TextSpan[];
  /** Set when two names were merged into this speaker only by a weak rule (a shared surname, say). */
  readonly weakMerge?: string;
}

/** A figure: a number, range, percentage, money amount, year, decade or century. */
export interface Figure extends TextSpan {
  readonly kind: 'count' | 'range' | 'percent' | 'money' | 'year' | 'decade' | 'century' | 'ordinal';
  /** Normalised value (low end of a range). */
  readonly value: number;
  /** High end of a range, else equal to value. */
  readonly high: number;
  /** "about", "more than", "at least"... */
  readonly approximation: string | null;
  /** Unit, for money ("USD") and percentages ("%"). */
  readonly unit: string | null;
  /** The noun phrase it counts ("strategic nuclear weapons", "warheads"). */
  readonly counts: string | null;
  /** The id of the statement it stands in, if any. */
  readonly statementId: string | null;
}

/** A mention of a knowledge-base entry ("the ABM treaty", "START II"). */
export interface TermMention extends TextSpan {
  /** The id of the entry in the knowledge base. */
  readonly entryId: string;
}

export interface AnalyzeOptions {
  /** Stop early on enormous inputs (characters). Default: no limit. */
  readonly maxLength?: number;
}

/** The result of `analyze`. */
export interface Analysis {
  readonly length: number;
  readonly structure: Structure;
  readonly quotes: readonly Quote[];
  readonly statements: readonly Statement[];
  readonly speakers: readonly Speaker[];
  readonly figures: readonly Figure[];
  readonly terms: readonly TermMention[];
  /** The article's date (ISO yyyy-mm-dd or yyyy-mm), from front matter, dateline or text; null if unknown. */
  readonly date: string | null;
  /** Non-fatal problems (unclosed quotation marks, truncated input...). */
  readonly problems: readonly Problem[];
}

export interface Problem extends Span {
  readonly code: 'unclosed-quote' | 'unattributed-quote' | 'weak-merge' | 'truncated';
  readonly message: string;
}
