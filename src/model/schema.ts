import { z } from 'zod';

/**
 * The Who Gains dataset, schema version 1. Defined once here; the TypeScript types are inferred
 * from it, and `data/who-gains.schema.json` is generated from it for authors' editors.
 */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const id = z
  .string()
  .regex(idPattern, { error: 'must be lower-case letters, digits and hyphens (e.g. "north-korea")' });
const text = z.string().trim().min(1, { error: 'must not be empty' });

/** Only web links: a dataset must never smuggle in `javascript:` or `data:` URLs. */
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http: or https: URL' });

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
  name: text,
  kind: z.enum(actorKinds),
  description: text,
});

export const benefitTypeSchema = z.strictObject({
  id,
  label: text,
  description: text,
});

export const outletSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(outletKinds),
  url: webUrl.optional(),
});

export const speakerSchema = z.strictObject({
  id,
  name: text,
  /** Role or affiliation exactly as the article gives it; left out when the article gives none. */
  role: text.optional(),
});

export const citationSchema = z.strictObject({
  outlet: id,
  speaker: id.optional(),
  /**
   * `quote`: the words are verbatim from the article, inside its quotation marks.
   * `paraphrase`: the article's own wording, reporting what the source said or found.
   */
  kind: z.enum(['quote', 'paraphrase']),
  quote: text,
});

export const claimSchema = z.strictObject({
  id,
  beneficiary: id,
  provider: id.optional(),
  benefitType: id,
  polarity: z.enum(['gain', 'cost']),
  summary: text,
  citations: z.array(citationSchema).min(1, { error: 'needs at least one citation' }),
});

export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1, { error: 'must be 1 (the only schema version this app reads)' }),
  meta: z.strictObject({
    title: text,
    description: text,
    article: z.strictObject({
      title: text,
      outlet: text,
      author: text,
      url: webUrl.optional(),
    }),
  }),
  actors: z.array(actorSchema).min(1, { error: 'needs at least one actor' }),
  benefitTypes: z.array(benefitTypeSchema).min(1, { error: 'needs at least one benefit type' }),
  outlets: z.array(outletSchema).min(1, { error: 'needs at least one outlet' }),
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
