import type { Mention, Span } from "./span.js";

/** Part of a token: a proclitic (و ف ب ل ك س), the article ال, the stem, or an enclitic pronoun. */
export type SegmentKind = "proclitic" | "article" | "stem" | "enclitic";

export interface Segment extends Span {
  readonly kind: SegmentKind;
  /**
   * The morpheme's written form, which can differ from the surface: in للأمم the second ل is the
   * article ال whose alef is dropped, so its surface is "ل" and its form is "ال".
   */
  readonly form: string;
}

/** Letters, digits or a punctuation mark, with its folded match key beside it (never in place of it). */
export type TokenKind = "word" | "number" | "punct" | "symbol" | "url";

export interface Token extends Span {
  readonly text: string;
  readonly kind: TokenKind;
  /** Search/match key: see `matchKey` in src/text. */
  readonly key: string;
  /** Clitic segmentation; a single stem segment when nothing is attached. Spans are inside the token. */
  readonly segments: readonly Segment[];
}

export type EntityType = "PER" | "ORG" | "LOC" | "MISC";

export interface Entity {
  /** Stable across documents for the same entity (knowledge-base id or a key derived from the name). */
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly latin: string;
  readonly mentions: readonly Mention[];
  /** Other names the entity goes by in this document (surface forms folded to their name). */
  readonly aliases?: readonly string[];
  /** A title or role that announces a person (رئيس أركان…، وزير الخارجية), where first found. */
  readonly role?: Mention;
}

export type QuoteKind = "direct" | "indirect" | "mixed";

export interface Speaker extends Partial<Span> {
  /** Entity id of the speaker, or null when the speaker is not an entity of the document. */
  readonly entity: string | null;
  readonly text: string;
}

export interface Quote extends Mention {
  readonly direct: boolean;
  readonly kind: QuoteKind;
  readonly cue: Mention | null;
  readonly speaker: Speaker | null;
  /** Where it was said, when stated: في لقاء مع قناة الحرة، في بيان. */
  readonly setting?: Mention;
}

export interface TimeExpression extends Mention {
  /** TIMEX3 type. */
  readonly type: "DATE" | "TIME" | "DURATION" | "SET";
  /**
   * TIMEX3 value, e.g. "2017", "2022-02", "P3M", "PAST_REF". Without a reference date a relative
   * expression keeps X's for what is unknown ("XXXX-XX-XX") and `resolved` is false: never a guess.
   */
  readonly value: string;
  /** TIMEX3 modifier: أواخر 2017 is 2017 with END. */
  readonly mod?: "START" | "MID" | "END" | "APPROX" | "MORE_THAN" | "LESS_THAN" | "BEFORE" | "AFTER";
  /** Set when the expression was written in the Hijri calendar; `value` is then Gregorian. */
  readonly calendar?: "hijri";
  /** The Hijri value as written, e.g. "1443-07-13". */
  readonly hijri?: string;
  /** "reference" when the value was computed from the publication (reference) date. */
  readonly anchor?: "reference";
  /** False for a relative expression left unresolved for want of a reference date. */
  readonly resolved?: boolean;
}

export interface NewsEvent {
  /** PLOVER category, e.g. "KILL", "DECLARE". */
  readonly type: string;
  readonly trigger: Mention;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  /** Entity id of the place, or null. */
  readonly place: string | null;
  /** TIMEX3 value of the time expression that dates the event, or null. */
  readonly time: string | null;
  /** How sure the rules are, 0–1. */
  readonly confidence?: number;
  /** Index into the sentences layer of the sentence holding the trigger. */
  readonly sentence?: number;
  readonly polarity?: "positive" | "negative";
  readonly modality?: "asserted" | "possible";
  /** True when the trigger stands inside reported speech. */
  readonly quoted?: boolean;
  /**
   * Every mention of the event in text order, `trigger` among them (an article often names its
   * main event more than once). Absent in records from Marsad versions before events@3.
   */
  readonly mentions?: readonly Mention[];
}

export type MediaType = "video" | "image" | "audio" | "embed" | "link";

export interface MediaItem {
  readonly type: MediaType;
  /** Canonical URL, with scraping residue removed. */
  readonly url: string;
}

/** Every layer the pipeline can add, keyed by its name in the output record. */
export interface LayerMap {
  sentences: readonly Span[];
  tokens: readonly Token[];
  entities: readonly Entity[];
  quotes: readonly Quote[];
  times: readonly TimeExpression[];
  events: readonly NewsEvent[];
  media: readonly MediaItem[];
}

export type LayerName = keyof LayerMap;

export const LAYER_NAMES: readonly LayerName[] = [
  "sentences",
  "tokens",
  "entities",
  "quotes",
  "times",
  "events",
  "media",
];
