/**
 * The longest text each field may hold, in characters (UTF-16 units, as `String.length` counts).
 * Generous for real articles (the bundled story's longest name is 33 characters, its longest role
 * 98, summary 138 and quote 229), yet bounded, so a file cannot make every label, layout and
 * export work on megabytes of one string.
 */
export const textLimits = {
  /** Names and labels: actors, benefit types, outlets, speakers. */
  name: 200,
  /** A speaker's role or affiliation as the article gives it. */
  role: 300,
  /** Titles, the article's outlet and author. */
  title: 300,
  summary: 1_000,
  description: 2_000,
  /** A quotation or paraphrase: several paragraphs, not a whole article. */
  quote: 5_000,
} as const;

export type TextKind = keyof typeof textLimits;

/**
 * Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069). In a
 * name they can reverse how the text around them reads ("report\u202Egnp.exe" shows as
 * "reportexe.png"), so names and roles may not hold them; the marks LRM and RLM, which reorder
 * nothing beyond themselves, are allowed.
 */
export const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;
