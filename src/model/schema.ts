import * as z from 'zod/mini';
import { textLimits, type TextKind } from './textLimits';

/**
 * The Who Gains dataset, schema version 1. Defined once here; the TypeScript types are inferred
 * from it, and `data/who-gains.schema.json` is generated from it for authors' editors.
 * `zod/mini` rather than classic zod: the same checks and messages in a third of the bytes.
 */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const id = z
  .string()
  .check(z.regex(idPattern, { error: 'must be lower-case letters, digits and hyphens (e.g. "north-korea")' }));
/** Invisible characters that `trim()` keeps: text made only of them is empty to a reader. */
const visible = /[^\s\u200B-\u200D\u2060\uFEFF]/;
/**
 * Characters no document may hold (XML 1.0, so SVG and .pptx): control characters other than tab
 * and line breaks, and U+FFFE/U+FFFF. They arrive from JSON escapes (`\u0001`) or odd exports,
 * never from text people mean to show, and would make an exported picture or deck unreadable.
 */
const unprintableClass = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF';
/** One such character, for a reader that finds them before the schema does (CSV, with a line and column). */
export const unprintableCharacter = new RegExp(`[${unprintableClass}]`);
const printable = new RegExp(`^[^${unprintableClass}]*$`);
/** Half of a surrogate pair alone (a `\ud800` escape): not a character at all. JSON Schema cannot say this one. */
const wellFormed = (value: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
const textChecks = [
  z.trim(),
  z.minLength(1, { error: 'must not be empty' }),
  z.regex(visible, { error: 'must not be empty' }),
  z.regex(printable, { error: 'holds a control character (such as U+0001) that no page, picture or slide can show; remove it' }),
  z.refine<string>(wellFormed, { error: 'holds half of a character (a lone surrogate, such as \\ud800); remove it' }),
];
/** Text of a kind, at most its length (`describeIssue` words the message with the length found). */
const text = (kind: TextKind) => z.string().check(...textChecks, z.maxLength(textLimits[kind]));
/** Without bidirectional controls (the pattern is the negation of `bidiControl`, for the JSON Schema too). */
const noBidi = z.regex(/^[^\u202A-\u202E\u2066-\u2069]*$/, {
  error: 'holds a right-to-left or left-to-right override or isolate control (such as U+202E), which can make a name read backwards; remove it',
});
/** A name, label, role or title: shown beside other text, so it may not reorder what is around it. */
const name = (kind: TextKind) => text(kind).check(noBidi);

/** Only web links: a dataset must never smuggle in `javascript:` or `data:` URLs. */
const notWeb = 'must be an http: or https: URL';
/**
 * A web link as browsers read it (WHATWG URL, which also takes "Köln" or a space in a path), http
 * and https only. The pattern says the same in a form the generated JSON Schema carries (it
 * replaces `format: "uri"`, which takes any scheme and refuses what browsers take), so an author's
 * editor flags a `javascript:` link as the app does. No regex flags: JSON Schema patterns have
 * none. `abort` keeps one message per bad link.
 */
const webUrl = z
  .url({ protocol: /^https?$/, error: notWeb, abort: true })
  .check(z.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+([/?#].*)?$/, { error: notWeb }));

export const actorKinds = ['state', 'organisation', 'group', 'person'] as const;
export const outletKinds = [
  'newspaper',
  'broadcaster',
  'magazine',
  'academic',
  'government',
  'think-tank',
  'wire',
  'other',
] as const;

export const actorSchema = z.strictObject({
  id,
  name: name('name'),
  kind: z.enum(actorKinds),
  description: text('description'),
});

export const benefitTypeSchema = z.strictObject({
  id,
  label: name('name'),
  description: text('description'),
});

export const outletSchema = z.strictObject({
  id,
  name: name('name'),
  kind: z.enum(outletKinds),
  url: z.optional(webUrl),
});

export const speakerSchema = z.strictObject({
  id,
  name: name('name'),
  /** Role or affiliation exactly as the article gives it; left out when the article gives none. */
  role: z.optional(name('role')),
});

export const citationSchema = z.strictObject({
  outlet: id,
  speaker: z.optional(id),
  /**
   * `quote`: the words are verbatim from the article, inside its quotation marks.
   * `paraphrase`: the article's own wording, reporting what the source said or found.
   */
  kind: z.enum(['quote', 'paraphrase']),
  quote: text('quote'),
});

export const claimSchema = z.strictObject({
  id,
  beneficiary: id,
  provider: z.optional(id),
  benefitType: id,
  polarity: z.enum(['gain', 'cost']),
  summary: text('summary'),
  citations: z.array(citationSchema).check(z.minLength(1, { error: 'needs at least one citation' })),
});

export const datasetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1, { error: 'must be 1 (the only schema version this app reads)' }),
  meta: z.strictObject({
    /** Names the story in file names and links (`who-gains-nk-russia-2023.pptx`). */
    id: z.optional(id),
    title: name('title'),
    description: text('description'),
    article: z.strictObject({
      title: name('title'),
      outlet: name('title'),
      author: name('title'),
      url: z.optional(webUrl),
    }),
    /** The order a presentation steps through the actors (actor ids); the actors' order when left out. */
    tour: z.optional(z.array(id).check(z.minLength(1, { error: 'needs at least one actor (or leave it out)' }))),
  }),
  actors: z.array(actorSchema).check(z.minLength(1, { error: 'needs at least one actor' })),
  benefitTypes: z.array(benefitTypeSchema).check(z.minLength(1, { error: 'needs at least one benefit type' })),
  outlets: z.array(outletSchema).check(z.minLength(1, { error: 'needs at least one outlet' })),
  speakers: z.array(speakerSchema),
  claims: z.array(claimSchema),
});

export type Actor = z.infer<typeof actorSchema>;
export type BenefitType = z.infer<typeof benefitTypeSchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Claim = z.infer<typeof claimSchema>;
/** A dataset as written by its author: valid shape, but ids not yet checked against each other. */
export type DatasetInput = z.infer<typeof datasetSchema>;
