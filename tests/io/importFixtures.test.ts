import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset, type ImportOutcome } from '../../src/io/readDataset';

// Vitest's jsdom gives import.meta.url an http: scheme: find the folder from the project root.
const folder = join(process.cwd(), 'tests/fixtures/import');

async function open(name: string): Promise<ImportOutcome> {
  const bytes = new Uint8Array(await readFile(join(folder, name)));
  return readDataset({ name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) });
}

/** Each broken JSON file, and the first problem (code and place) it must produce. */
const refused: Readonly<Record<string, { code: string; place: string | RegExp; message?: RegExp }>> = {
  'truncated.json': { code: 'json-truncated', place: 'line 13, column 4', message: /ends too early/ },
  'not-json.json': { code: 'json-syntax', place: 'line 1, column 1' },
  'trailing-comma.json': { code: 'json-syntax', place: /^line \d+, column \d+$/ },
  'utf16.json': { code: 'encoding', place: 'the file', message: /UTF-16/ },
  'windows-1252.json': { code: 'encoding', place: 'the file', message: /Windows-1252/ },
  'duplicate-id.json': { code: 'invalid', place: 'actors[2].id', message: /duplicate id \(actors\[0\] has it too\)/ },
  // Ids are lower-case ASCII, so a variant in case, width or normal form is refused by its shape.
  'case-variant-id.json': { code: 'invalid', place: 'actors[2].id', message: /lower-case letters/ },
  'zero-width-id.json': { code: 'invalid', place: 'actors[2].id', message: /lower-case letters/ },
  'nfd-id.json': { code: 'invalid', place: 'actors[2].id', message: /lower-case letters/ },
  'proto-ids.json': { code: 'invalid', place: 'actors[2].id', message: /lower-case letters/ },
  'unknown-reference.json': { code: 'unknown-reference', place: 'claims[0].beneficiary', message: /did you mean "alpha"\?/ },
  'wrong-type.json': { code: 'invalid', place: 'claims[0].citations' },
  'missing-field.json': { code: 'invalid', place: 'actors[0].name' },
  'newer-schema.json': { code: 'newer-schema', place: 'schemaVersion' },
  'empty.json': { code: 'empty', place: 'the file' },
  'no-claims.json': { code: 'no-claims', place: 'claims' },
  'deep-nesting.json': { code: 'json-syntax', place: 'line 1, column 65', message: /nesting deeper than 64/ },
  'javascript-link.json': { code: 'invalid', place: 'meta.article.url', message: /http: or https:/ },
  // Text no SVG or slide can hold: a control character, half of a surrogate pair (JSON escapes).
  'control-character.json': { code: 'invalid', place: 'claims[0].summary', message: /control character/ },
  'lone-surrogate.json': { code: 'invalid', place: 'actors[0].name', message: /lone surrogate/ },
};

describe('the import fixtures', () => {
  const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

  it('has an expectation for every broken JSON file, and the good ones open', () => {
    const opened = ['good.json', 'proto-keys.json', 'unknown-field.json', 'markup.json'];
    expect(files.filter((name) => !opened.includes(name)).sort()).toEqual(Object.keys(refused).sort());
  });

  it.each(Object.entries(refused))('%s is refused with its code and place', async (name, expected) => {
    const outcome = await open(name);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const [first] = outcome.problems;
    expect(first?.code).toBe(expected.code);
    if (typeof expected.place === 'string') expect(first?.place).toBe(expected.place);
    else expect(first?.place).toMatch(expected.place);
    if (expected.message !== undefined) expect(first?.message).toMatch(expected.message);
  });

  it('opens keys named __proto__ and constructor, and unknown fields, with warnings and no pollution', async () => {
    for (const name of ['proto-keys.json', 'unknown-field.json']) {
      const outcome = await open(name);
      expect(outcome.ok && outcome.warnings.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('keeps markup as text', async () => {
    const outcome = await open('markup.json');
    expect(outcome.ok && outcome.dataset.claims[0]?.summary).toBe('<img src=x onerror=alert(1)> gets <b>grain</b>');
  });
});
