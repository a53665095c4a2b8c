import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/nk-russia-2023.json';
import schema from '../../data/who-gains.schema.json';
import { csvTemplate, csvToDataset, datasetToCsv } from '../../src/io/csvToDataset';
import { datasetToJson } from '../../src/io/datasetToJson';
import { readDataset } from '../../src/io/readDataset';
import { parseDataset } from '../../src/model/parseDataset';
import type { DatasetInput } from '../../src/model/schema';
import { bundledDataset } from '../fixtures/datasets';
import { syntheticDataset } from '../fixtures/syntheticDataset';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

/**
 * A second, independent validator: what an author's editor does with `data/who-gains.schema.json`
 * (draft 2020-12; strict, so a `format` it did not know would throw). Every dataset the app accepts should pass it, and
 * every shape error it reports the app should report too.
 */
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function ajvErrors(value: unknown): string | null {
  return validate(value) ? null : ajv.errorsText(validate.errors);
}

const folder = join(import.meta.dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(join(folder, name), 'utf8');
/** The CSV fixtures that import, some with warnings. */
const goodCsv = ['bom.csv', 'formula-cells.csv', 'multiline.csv', 'proto-names.csv', 'semicolon.csv', 'stray-quote.csv', 'tab.tsv', 'unknown-column.csv'];
/** The JSON fixtures that open: the first two as they are, the others once their unknown fields are set aside. */
const goodJson = ['good.json', 'markup.json', 'proto-keys.json', 'unknown-field.json'];

/** A dataset as JSON text would give it: no `undefined`, nothing but plain data. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function imported(name: string): DatasetInput {
  const { input, problems } = csvToDataset(fixture(name));
  if (input === null) throw new Error(`${name} does not import: ${JSON.stringify(problems)}`);
  return input;
}

describe('Ajv accepts every dataset the app accepts', () => {
  const datasets: [string, unknown][] = [
    ['data/nk-russia-2023.json', bundled],
    ['the tiny dataset', tinyDatasetInput()],
    ['a synthetic dataset (5 actors, 30 claims)', syntheticDataset({ actors: 5, benefitTypes: 4, outlets: 3, claims: 30 })],
    ['a synthetic dataset (40 actors, 1,000 claims)', syntheticDataset({ actors: 40, benefitTypes: 60, outlets: 30, claims: 1_000 })],
    ['the CSV template, imported', csvToDataset(csvTemplate()).input],
    ['the bundled dataset through CSV', csvToDataset(datasetToCsv(bundledDataset())).input],
    ...goodCsv.map((name): [string, unknown] => [`${name}, imported`, imported(name)]),
    ...goodJson.slice(0, 2).map((name): [string, unknown] => [name, JSON.parse(fixture(name))]),
  ];

  it.each(datasets)('%s', (_, dataset) => {
    expect(parseDataset(dataset).ok).toBe(true);
    expect(ajvErrors(asJson(dataset))).toBeNull();
  });

  it.each([...goodJson, ...goodCsv])('%s, opened and saved as JSON (datasetToJson)', async (name) => {
    const bytes = new TextEncoder().encode(fixture(name));
    const outcome = await readDataset({ name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) });
    if (!outcome.ok) throw new Error(`${name} does not open: ${JSON.stringify(outcome.problems)}`);
    expect(ajvErrors(JSON.parse(datasetToJson(outcome.dataset)))).toBeNull();
  });
});

const remove = Symbol('remove');
type Edit = readonly [label: string, path: string, value: unknown];

/** The tiny dataset with one value set (or removed) at a dotted path such as `claims.0.summary`. */
function edited(path: string, value: unknown): unknown {
  const dataset = asJson(tinyDatasetInput());
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], dataset) as Record<string, unknown>;
  if (value === remove) delete parent[last];
  else parent[last] = value;
  return dataset;
}

/** The tiny dataset with the actor id `alpha` renamed everywhere it is used: only the id's own shape is wrong. */
const renamed = (id: string): unknown => JSON.parse(JSON.stringify(tinyDatasetInput()).replaceAll('"alpha"', JSON.stringify(id)));

/** Shape errors: JSON Schema can say each of these, and the app and Ajv must both refuse them. */
const shapeErrors: Edit[] = [
  ['missing schemaVersion', 'schemaVersion', remove],
  ['missing meta.title', 'meta.title', remove],
  ['missing actors[0].kind', 'actors.0.kind', remove],
  ['missing claims[0].citations', 'claims.0.citations', remove],
  ['missing a citation’s quote', 'claims.0.citations.0.quote', remove],
  ['schemaVersion "1" (text)', 'schemaVersion', '1'],
  ['schemaVersion 2', 'schemaVersion', 2],
  ['actors as an object', 'actors', { alpha: { id: 'alpha', name: 'Alpha', kind: 'state', description: 'First.' } }],
  ['speakers null', 'speakers', null],
  ['a number for a summary', 'claims.0.summary', 42],
  ['polarity "maybe"', 'claims.0.polarity', 'maybe'],
  ['actor kind "country"', 'actors.0.kind', 'country'],
  ['citation kind "verbatim"', 'claims.0.citations.0.kind', 'verbatim'],
  ['tour as text', 'meta.tour', 'alpha'],
  ['an empty name', 'actors.0.name', ''],
  ['a name of only spaces', 'actors.0.name', '   '],
  ['a name of only a zero-width space', 'actors.0.name', '\u200B'],
  ['a control character in a summary', 'claims.0.summary', 'Alpha\u0001 gains'],
  ['a form feed in a quote', 'claims.0.citations.0.quote', 'page\fbreak'],
  ['no actors', 'actors', []],
  ['a claim without citations', 'claims.0.citations', []],
  ['an empty tour', 'meta.tour', []],
  ['an unknown top-level field', 'colour', 'red'],
  ['an unknown actor field', 'actors.0.nickname', 'A'],
  ['an unknown citation field', 'claims.0.citations.0.page', 4],
  ['an unknown article field', 'meta.article.publisher', 'X'],
  ['a meta.id with a space', 'meta.id', 'tiny story'],
  ['a link that is not a URL', 'meta.article.url', 'not a url'],
];

describe('Ajv and parseDataset agree on broken datasets', () => {
  it.each(shapeErrors)('both refuse %s', (_, path, value) => {
    const dataset = edited(path, value);
    expect(ajvErrors(dataset)).not.toBeNull();
    expect(parseDataset(dataset).ok).toBe(false);
  });

  it.each(['Alpha', 'al pha', 'al_pha', '-alpha', 'álpha', 'alpha\u200B', '', '__proto__'])('both refuse the id %j', (id) => {
    const dataset = renamed(id);
    expect(ajvErrors(dataset)).not.toBeNull();
    expect(parseDataset(dataset).ok).toBe(false);
  });

  // Necessarily parseDataset's alone: JSON Schema checks each value's shape, but cannot say that
  // an id is unique in its list or that a reference names something that exists.
  it.each<Edit>([
    ['a duplicate actor id', 'actors.1.id', 'alpha'],
    ['an unknown beneficiary', 'claims.0.beneficiary', 'alpha-corp'],
    ['an unknown outlet in a citation', 'claims.0.citations.0.outlet', 'nowhere'],
    ['a provider that is the beneficiary', 'claims.0.provider', 'alpha'],
    ['a tour through an unknown actor', 'meta.tour', ['alpha', 'omega']],
    ['a tour that visits an actor twice', 'meta.tour', ['alpha', 'alpha']],
  ])('only parseDataset refuses %s (a reference, beyond JSON Schema)', (_, path, value) => {
    const dataset = edited(path, value);
    expect(ajvErrors(dataset)).toBeNull();
    expect(parseDataset(dataset).ok).toBe(false);
  });

  // Links: the schema carries the app's rule as a pattern (see webUrl in src/model/schema.ts).
  it.each<readonly [string, string, boolean]>([
    ['a javascript: link', 'javascript:alert(1)', false],
    ['an ftp: link', 'ftp://files.example/a', false],
    ['a file: link', 'file:///etc/passwd', false],
    ['a data: link', 'data:text/html,<b>x</b>', false],
    ['a link without a host', 'https://', false],
    ['a link with a space in its host', 'https://exa mple.com/', false],
    ['an accented path, as people type it', 'https://de.wikipedia.org/wiki/Köln', true],
    ['a space in a path', 'https://example.com/a b', true],
    ['capitals', 'HTTPS://EXAMPLE.COM/A', true],
    ['a port, a query and a fragment', 'http://localhost:8080/a?b=1#c', true],
  ])('both judge %s alike', (_, url, accepted) => {
    const dataset = edited('meta.article.url', url);
    expect(ajvErrors(dataset) === null).toBe(accepted);
    expect(parseDataset(dataset).ok).toBe(accepted);
  });

  // Where they still differ, on purpose: a pattern cannot check a port's range, and the app trims
  // a link (as browsers do) where the pattern takes it as written. Either way the app's message
  // names the field. (Nor can a pattern find half a surrogate pair: see the last test.)
  it.each<readonly [string, string, { ajv: boolean; app: boolean }]>([
    ['a port out of range: only the app refuses it', 'https://example.com:99999', { ajv: true, app: false }],
    ['a space before the link: only Ajv refuses it', ' https://example.com', { ajv: false, app: true }],
  ])('they differ on %s', (_, url, accepts) => {
    const dataset = edited('meta.article.url', url);
    expect(ajvErrors(dataset) === null).toBe(accepts.ajv);
    expect(parseDataset(dataset).ok).toBe(accepts.app);
  });

  it('differ on half a surrogate pair: only the app refuses it (JSON Schema patterns match code points)', () => {
    const dataset = edited('actors.0.name', 'Alpha\ud800');
    expect(ajvErrors(dataset)).toBeNull();
    expect(parseDataset(dataset).ok).toBe(false);
  });
});
