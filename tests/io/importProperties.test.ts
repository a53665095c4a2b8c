import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import bundled from '../../data/nk-russia-2023.json';
import { datasetToCsv } from '../../src/io/csvToDataset';
import { readDataset, type DatasetSource, type ImportOutcome } from '../../src/io/readDataset';
import type { Dataset } from '../../src/model/dataset';
import { parseDataset } from '../../src/model/parseDataset';
import { actorKinds, outletKinds, unprintableCharacter, type DatasetInput } from '../../src/model/schema';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

/**
 * Seeded, so the gate is deterministic and a failure reproducible. To explore other inputs
 * locally: `FC_SEED=random` (or a number) and `FC_RUNS=10` (ten times the runs). The run counts
 * keep this file at a few seconds.
 */
const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20_240_808);
const runs = (numRuns: number) => ({ seed, numRuns: numRuns * Number(process.env.FC_RUNS ?? 1) });

function source(name: string, content: string | Uint8Array): DatasetSource {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}

// Prototype pollution: nothing an import reads may add a key to what every object or array inherits.
const objectKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort();
function expectPristinePrototypes() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectKeys);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayKeys);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
}

/** A refusal is a short, well-formed report, never an empty one. */
function expectWellFormed(outcome: ImportOutcome) {
  if (outcome.ok) return;
  expect(outcome.problems.length).toBeGreaterThan(0);
  expect(outcome.problems.length).toBeLessThanOrEqual(50);
  expect(outcome.total).toBeGreaterThanOrEqual(outcome.problems.length);
  for (const p of outcome.problems) expect(p.message).not.toBe('');
}

/** Keys that name a property of every object, as data: in the JSON text, and so as own keys after `JSON.parse`. */
const hostileKeys = ['__proto__', 'constructor', 'prototype'] as const;
const hostileObject = fc
  .tuple(fc.constantFrom(...hostileKeys), fc.constantFrom(...hostileKeys), fc.jsonValue({ maxDepth: 2 }))
  .map(([outer, inner, value]): unknown => JSON.parse(`{"${outer}": {"${inner}": {"polluted": ${JSON.stringify(value)}}}}`));

/** Sets `key` as an own property, even `__proto__` (assignment would swap the prototype instead). */
function defineOwn(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------
// Valid datasets
// ---------------------------------------------------------------------------------------------

/** The importer's notion of "the same name": Unicode form, spacing and invisible characters aside (see csvToDataset). */
const nameKey = (name: string) => name.normalize('NFC').replace(/[\u200B\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Text as a parsed dataset holds it: the schema trims (`z.trim()`), so a dataset the app holds, and
 * exports, has no padding. Unicode, markup, quotes and delimiters, and cells a spreadsheet would read
 * as formulas (`=`, `+`, `-`, `@`), and the names of `Object.prototype`'s own properties.
 */
const text = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
    fc.constantFrom('<b>bold</b>', '<img src=x onerror=alert(1)>', '=HYPERLINK("http://evil.example","x")', '+cmd', '-1', '@SUM(A1:A2)',
      "'=already guarded", 'a, "quoted"\r\nline', 'semi;colon\ttab', 'Cafe\u0301', '__proto__', 'constructor', 'prototype', 'toString',
      'zero\u200Bwidth', '\u200B'),
    fc.tuple(fc.constantFrom('=', '+', '-', '@', "'", '<b>', '"', '\t'), fc.string({ unit: 'grapheme', maxLength: 16 })).map(([head, tail]) => head + tail),
  )
  // The schema refuses control characters (no SVG or slide can hold them): a valid dataset has none.
  .map((value) => value.replace(new RegExp(unprintableCharacter.source, 'g'), '').trim())
  // The schema refuses text with nothing visible in it (only spaces or zero-width characters).
  .filter((value) => /[^\s\u200B-\u200D\u2060\uFEFF]/.test(value));

const idHead = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
const id = fc.oneof(
  fc.tuple(idHead, fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'), maxLength: 12 })).map(([head, tail]) => head + tail),
  fc.constantFrom('constructor', 'prototype', 'proto', 'tostring', 'hasownproperty', 'valueof', '0', 'a-'),
);
const webUrl = fc.webUrl({ validSchemes: ['http', 'https'] });

/** Each list's ids unique, and its names too as the CSV importer reads them (or two rows would name one thing). */
const uniqueBy = <T,>(items: T[], key: (item: T) => string) => new Set(items.map(key)).size === items.length;
const entities = <T extends { id: string }>(item: fc.Arbitrary<T>, name: (item: T) => string, minLength: number, maxLength: number) =>
  fc.uniqueArray(item, { minLength, maxLength, selector: (entity) => entity.id }).filter((list) => uniqueBy(list, (e) => nameKey(name(e))));

/** Plain objects, as JSON.parse makes them (fast-check otherwise makes some with a null prototype). */
const plain = { noNullPrototype: true } as const;

/** 1-5 actors, 1-5 benefit types, 1-3 outlets, 0-3 speakers and 1-8 claims whose references all resolve. */
const validDataset: fc.Arbitrary<DatasetInput> = fc
  .record({
    actors: entities(fc.record({ id, name: text, kind: fc.constantFrom(...actorKinds), description: text }, plain), (a) => a.name, 1, 5),
    benefitTypes: entities(fc.record({ id, label: text, description: text }, plain), (b) => b.label, 1, 5),
    outlets: entities(fc.record({ id, name: text, kind: fc.constantFrom(...outletKinds), url: webUrl }, { requiredKeys: ['id', 'name', 'kind'], ...plain }), (o) => o.name, 1, 3),
    speakers: entities(fc.record({ id, name: text, role: text }, { requiredKeys: ['id', 'name'], ...plain }), (s) => s.name, 0, 3),
    claims: fc
      .uniqueArray(
        fc.record({
          id,
          beneficiary: fc.nat(),
          provider: fc.option(fc.nat(), { nil: undefined }),
          benefitType: fc.nat(),
          polarity: fc.constantFrom('gain' as const, 'cost' as const),
          summary: text,
          citations: fc.array(
            fc.record({ outlet: fc.nat(), speaker: fc.option(fc.nat(), { nil: undefined }), kind: fc.constantFrom('quote' as const, 'paraphrase' as const), quote: text }, plain),
            { minLength: 1, maxLength: 3 },
          ),
        }, plain),
        { minLength: 1, maxLength: 8, selector: (claim) => claim.id },
      )
      // Rows of one claim are told apart by their summary (among other things): keep them distinct.
      .filter((claims) => uniqueBy(claims, (c) => nameKey(c.summary))),
    meta: fc.record(
      {
        id,
        title: text,
        description: text,
        article: fc.record({ title: text, outlet: text, author: text, url: webUrl }, { requiredKeys: ['title', 'outlet', 'author'], ...plain }),
        tour: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      },
      { requiredKeys: ['title', 'description', 'article'], ...plain },
    ),
    $schema: fc.option(fc.constant('./who-gains.schema.json'), { nil: undefined }),
  })
  .map(({ actors, benefitTypes, outlets, speakers, claims, meta, $schema }): DatasetInput => {
    const at = <T,>(list: readonly T[], n: number): T => list[n % list.length] as T;
    const { tour, ...rest } = meta;
    return {
      ...($schema !== undefined && { $schema }),
      schemaVersion: 1,
      meta: { ...rest, ...(tour !== undefined && { tour: [...new Set(tour.map((n) => at(actors, n).id))] }) },
      actors,
      benefitTypes,
      outlets,
      speakers,
      claims: claims.map((c) => {
        const beneficiary = at(actors, c.beneficiary).id;
        // A provider is another actor: step past the beneficiary.
        const provider = c.provider === undefined || actors.length < 2 ? undefined : at(actors, c.beneficiary + 1 + (c.provider % (actors.length - 1))).id;
        return {
          id: c.id,
          beneficiary,
          ...(provider !== undefined && { provider }),
          benefitType: at(benefitTypes, c.benefitType).id,
          polarity: c.polarity,
          summary: c.summary,
          citations: c.citations.map((q) => ({
            outlet: at(outlets, q.outlet).id,
            ...(q.speaker !== undefined && speakers.length > 0 && { speaker: at(speakers, q.speaker).id }),
            kind: q.kind,
            quote: q.quote,
          })),
        };
      }),
    };
  });

const withoutIndex = ({ index, ...rest }: Dataset): DatasetInput => (void index, rest);

/** Reads a file that must open; the only warning allowed is the CSV's "these two names look alike" (its slugs collide). */
async function mustRead(name: string, text: string): Promise<Dataset> {
  const outcome = await readDataset(source(name, text));
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.problems)}`);
  expect(outcome.warnings.filter((w) => w.code !== 'csv-similar-names')).toEqual([]);
  return outcome.dataset;
}

/** The text a CSV carries: names, labels, roles, summaries and quotes. */
const csvTexts = (d: DatasetInput) => [
  ...d.actors.map((a) => a.name), ...d.benefitTypes.map((b) => b.label), ...d.outlets.map((o) => o.name),
  ...d.speakers.flatMap((s) => [s.name, s.role ?? 'none']), ...d.claims.flatMap((c) => [c.summary, ...c.citations.map((q) => q.quote)]),
];
/**
 * A CSV cell is compared as the importer keys names (invisible characters aside); the schema
 * refuses text with nothing visible, so this filter now only guards the generator's edge cases.
 */
const csvSafe = (d: DatasetInput) => csvTexts(d).every((t) => nameKey(t) !== '');

/** What a CSV carries, by names, as multisets (sorted): ids, descriptions and links are not in it. */
function csvContent(dataset: DatasetInput) {
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
  const actors = byId(dataset.actors);
  const benefitTypes = byId(dataset.benefitTypes);
  const outlets = byId(dataset.outlets);
  const speakers = byId(dataset.speakers);
  const sorted = (items: unknown[]) => items.map((item) => JSON.stringify(item)).sort();
  const citations = dataset.claims.flatMap((c) => c.citations);
  const usedActors = new Set(dataset.claims.flatMap((c) => (c.provider === undefined ? [c.beneficiary] : [c.beneficiary, c.provider])));
  return {
    // Only what some row names: an actor, benefit type, outlet or speaker no claim uses has no row.
    actors: sorted([...usedActors].map((a) => [actors.get(a)?.name, actors.get(a)?.kind])),
    benefitTypes: sorted([...new Set(dataset.claims.map((c) => c.benefitType))].map((b) => benefitTypes.get(b)?.label)),
    outlets: sorted([...new Set(citations.map((q) => q.outlet))].map((o) => [outlets.get(o)?.name, outlets.get(o)?.kind])),
    speakers: sorted([...new Set(citations.flatMap((q) => (q.speaker === undefined ? [] : [q.speaker])))].map((s) => [speakers.get(s)?.name, speakers.get(s)?.role])),
    claims: sorted(
      dataset.claims.map((c) => ({
        beneficiary: actors.get(c.beneficiary)?.name,
        provider: c.provider === undefined ? null : actors.get(c.provider)?.name,
        benefit: benefitTypes.get(c.benefitType)?.label,
        polarity: c.polarity,
        summary: c.summary,
        citations: sorted(c.citations.map((q) => [outlets.get(q.outlet)?.name, q.speaker === undefined ? null : speakers.get(q.speaker)?.name, q.kind, q.quote])),
      })),
    ),
  };
}

function mustParse(input: unknown): Dataset {
  const parsed = parseDataset(input);
  if (!parsed.ok) throw new Error(`invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.dataset;
}

// ---------------------------------------------------------------------------------------------
// Hostile and broken input
// ---------------------------------------------------------------------------------------------

/** Every path to a value inside a JSON tree (the root excluded). */
function pathsIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...pathsIn(item, [...prefix, i])]);
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).flatMap((key) => [[...prefix, key], ...pathsIn((value as Record<string, unknown>)[key], [...prefix, key])]);
  return [];
}

type Mutation = { readonly at: number; readonly action: 'replace' | 'delete' | 'hostile-key'; readonly value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('replace' as const, 'delete' as const, 'hostile-key' as const),
  value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileObject, fc.constantFrom(...hostileKeys), fc.constant('javascript:alert(1)')),
});

/** A copy of a valid dataset with values swapped for junk, fields deleted and `__proto__`-like keys added. */
function mutate(input: DatasetInput, mutations: readonly Mutation[]): unknown {
  const root = JSON.parse(JSON.stringify(input)) as unknown;
  for (const { at, action, value } of mutations) {
    const paths = pathsIn(root);
    const path = paths[at % paths.length] ?? [];
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
    const key = path[path.length - 1] ?? '';
    const target = parent[key];
    if (action === 'replace') defineOwn(parent, String(key), value);
    else if (action === 'delete') delete parent[key];
    // JSON text can give keys to objects only, never to arrays.
    else if (typeof target === 'object' && target !== null && !Array.isArray(target)) defineOwn(target, hostileKeys[at % hostileKeys.length] ?? '', value);
  }
  return root;
}
const brokenDataset = fc.tuple(validDataset, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([input, mutations]) => mutate(input, mutations));

/** Any JSON value where a dataset field goes: the top-level keys, each present or not. */
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileObject);
const datasetShaped = fc.record(
  {
    $schema: anyValue,
    schemaVersion: fc.oneof(fc.constant(1), anyValue),
    meta: anyValue,
    actors: fc.oneof(fc.array(fc.record({ id: anyValue, name: anyValue, kind: anyValue, description: anyValue }, { requiredKeys: [] }), { maxLength: 3 }), anyValue),
    benefitTypes: anyValue,
    outlets: anyValue,
    speakers: anyValue,
    claims: fc.oneof(fc.array(anyValue, { maxLength: 3 }), anyValue),
  },
  { requiredKeys: [] },
);

/**
 * Text that looks enough like a CSV to get past the header, and often through it: our columns
 * (mostly all the required ones), junk columns, rows of the header's width give or take one, and
 * cells made of plausible values or of delimiters, quotes, line breaks and invisible characters.
 */
const columnNames = ['beneficiary', 'benefit', 'provider', 'polarity', 'summary', 'outlet', 'speaker', 'speaker_role', 'quote', 'kind', 'actor_kind', 'provider_kind', 'outlet_kind'];
const required = ['beneficiary', 'benefit', 'polarity', 'summary', 'outlet', 'quote'];
const header = fc.oneof(
  { weight: 3, arbitrary: fc.shuffledSubarray(columnNames.filter((c) => !required.includes(c))).chain((extra) => fc.shuffledSubarray([...required, ...extra], { minLength: required.length + extra.length })) },
  { weight: 1, arbitrary: fc.shuffledSubarray([...columnNames, '', 'notes', '__proto__', 'Quote', 'Speaker Role'], { minLength: 1 }) },
);
const csvPiece = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('"', '""', ',', ';', '\t', '\r\n', '\n', '\r', ' ', "'", '=1+1', "'=x", '__proto__', 'constructor', '\u200B', '\uFEFF'),
);
const csvCell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Alpha', 'Beta', 'Grain', 'The Daily', 'gain', 'cost', 'state', 'person', 'quote', 'paraphrase', 'newspaper', 'Words.', '', ' ') },
  { weight: 1, arbitrary: fc.array(csvPiece, { maxLength: 4 }).map((pieces) => pieces.join('')) },
);
const csvish = fc
  .tuple(header, fc.constantFrom(',', ';', '\t'), fc.array(fc.tuple(fc.array(csvCell, { maxLength: 15 }), fc.constantFrom(0, 0, 0, -1, 1)), { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([names, delimiter, rows, lineBreak]) => {
    const width = (skew: number) => Math.max(1, names.length + skew);
    const lines = rows.map(([cells, skew]) => Array.from({ length: width(skew) }, (_, i) => cells[i % Math.max(1, cells.length)] ?? '').join(delimiter));
    return [names.join(delimiter), ...lines].join(lineBreak);
  });

/** A valid dataset's JSON text, cut short or with a character dropped or inserted: near misses for the JSON scanner. */
const mangledJson = fc
  .tuple(validDataset, fc.nat(), fc.constantFrom('cut', 'drop', 'insert'), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\n', 'x', '0', '\u0000'))
  .map(([input, at, how, char]) => {
    const json = JSON.stringify(input, null, at % 2 === 0 ? undefined : 2);
    const i = at % json.length;
    return how === 'cut' ? json.slice(0, i) : how === 'drop' ? json.slice(0, i) + json.slice(i + 1) : json.slice(0, i) + char + json.slice(i);
  });

// ---------------------------------------------------------------------------------------------

describe('import: never throws', { timeout: 30_000 }, () => {
  beforeEach(expectPristinePrototypes);
  afterEach(expectPristinePrototypes);

  it('parseDataset answers any JSON value with a dataset or errors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), hostileObject), (value) => {
        const result = parseDataset(value);
        expect(typeof result.ok).toBe('boolean');
        expectPristinePrototypes();
      }),
      runs(2_000),
    );
  });

  it('parseDataset answers dataset-shaped objects with random values, and broken valid datasets', () => {
    fc.assert(
      fc.property(fc.oneof(datasetShaped, brokenDataset), (value) => {
        const result = parseDataset(value);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        expectPristinePrototypes();
      }),
      runs(1_500),
    );
  });

  it('readDataset resolves for any text, as .json and .csv', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), mangledJson, csvish), fc.constantFrom('a.json', 'a.csv', 'a.tsv', 'download'), async (text, name) => {
        expectWellFormed(await readDataset(source(name, text)));
        expectPristinePrototypes();
      }),
      runs(2_000),
    );
  });

  it('readDataset resolves for any bytes, as .json and .csv', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.constantFrom('a.json', 'a.csv', 'download'), async (bytes, name) => {
        expectWellFormed(await readDataset(source(name, bytes)));
        expectPristinePrototypes();
      }),
      runs(1_000),
    );
  });

  it('readDataset resolves for broken datasets and dataset-shaped JSON, keeping __proto__ and constructor as data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(brokenDataset, datasetShaped), async (value) => {
        const outcome = await readDataset(source('a.json', JSON.stringify(value)));
        expectWellFormed(outcome);
        if (outcome.ok) for (const key of hostileKeys) expect(Object.hasOwn(outcome.dataset, key)).toBe(false);
        expectPristinePrototypes();
      }),
      runs(1_000),
    );
  });
});

describe('import: a valid dataset survives export then import', { timeout: 30_000 }, () => {
  beforeEach(expectPristinePrototypes);
  afterEach(expectPristinePrototypes);

  it('generates valid datasets', () => {
    fc.assert(fc.property(validDataset, (input) => void mustParse(input)), runs(300));
  });

  it('as JSON: unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(validDataset, async (input) => {
        const dataset = await mustRead('story.json', JSON.stringify(input));
        expect(withoutIndex(dataset)).toStrictEqual(input);
        expectPristinePrototypes();
      }),
      runs(300),
    );
  });

  it('as CSV: the same names, kinds, roles, claims and citations', async () => {
    await fc.assert(
      fc.asyncProperty(validDataset.filter(csvSafe), async (input) => {
        const dataset = await mustRead('story.csv', datasetToCsv(mustParse(input)));
        expect(csvContent(dataset)).toEqual(csvContent(input));
        expectPristinePrototypes();
      }),
      runs(300),
    );
  });

  it('as CSV, from a dataset with __proto__, constructor and prototype for names', async () => {
    const input = tinyDatasetInput();
    const names = ['__proto__', 'constructor', 'prototype'];
    input.actors.forEach((actor, i) => (actor.name = names[i] ?? actor.name));
    input.benefitTypes[0]!.label = 'toString';
    input.outlets[0]!.name = '__proto__';
    input.speakers[0]!.name = 'hasOwnProperty';
    const dataset = await mustRead('story.csv', datasetToCsv(mustParse(input)));
    expect(csvContent(dataset)).toEqual(csvContent(input));
  });

  // Once a gap: a summary of one zero-width space passed parseDataset but read back as an empty
  // CSV cell. The schema now refuses text with nothing visible, so no valid dataset has one.
  it('as CSV: text made only of invisible characters is refused before it can be exported', () => {
    const input = tinyDatasetInput();
    input.claims[2]!.summary = '\u200B';
    expect(parseDataset(input)).toMatchObject({ ok: false, errors: [{ path: 'claims[2].summary', message: 'must not be empty' }] });
  });

  it('as CSV, the bundled article', async () => {
    const dataset = await mustRead('story.csv', datasetToCsv(mustParse(bundled)));
    expect(csvContent(dataset)).toEqual(csvContent(bundled as DatasetInput));
  });
});
