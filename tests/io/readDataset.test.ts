import { describe, expect, it, vi } from 'vitest';
import bundled from '../../data/nk-russia-2023.json';
import { maxFileBytes, readDataset, type DatasetSource } from '../../src/io/readDataset';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

function source(name: string, content: string | Uint8Array): DatasetSource {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}

async function problemsOf(name: string, content: string | Uint8Array) {
  const outcome = await readDataset(source(name, content));
  if (outcome.ok) throw new Error('expected the file to be refused');
  return outcome.problems;
}

describe('readDataset', () => {
  it('opens the bundled dataset as JSON', async () => {
    const outcome = await readDataset(source('nk.json', JSON.stringify(bundled)));
    expect(outcome.ok && outcome.dataset.claims.length).toBe(bundled.claims.length);
    expect(outcome.ok && outcome.warnings).toEqual([]);
  });

  it('opens a CSV by its name or its content, and reports a broken one by line', async () => {
    const csv = 'beneficiary,benefit,polarity,summary,outlet,quote\nAcme,Water,gain,Acme gets water.,Daily,"a ""clean"" supply"\n';
    const outcome = await readDataset(source('water.csv', csv));
    expect(outcome.ok && outcome.format).toBe('csv');
    expect(outcome.ok && outcome.dataset.meta.title).toBe('water');
    expect(outcome.ok && outcome.dataset.claims[0]!.citations[0]!.quote).toBe('a "clean" supply');
    expect((await readDataset(source('download', csv))).ok).toBe(true);
    expect(await problemsOf('water.csv', `${csv}Acme,Water,gain\n`)).toMatchObject([{ code: 'csv-ragged-row', place: 'line 3' }]);
  });

  it('names the line and column of broken or truncated JSON', async () => {
    expect(await problemsOf('a.json', '{\n  "meta": {,\n}')).toMatchObject([{ code: 'json-syntax', place: 'line 2, column 12' }]);
    const [cut] = await problemsOf('a.json', '{\n  "schemaVersion": 1,\n  "actors": [');
    expect(cut).toMatchObject({ code: 'json-truncated', place: 'line 3, column 14' });
    expect(await problemsOf('a.json', '{"a": 1,}')).toMatchObject([{ code: 'json-syntax', message: expect.stringContaining('trailing comma') }]);
  });

  it('refuses UTF-16 and Windows-1252 files, saying how to save them as UTF-8', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(await problemsOf('a.json', utf16)).toMatchObject([{ code: 'encoding', message: expect.stringContaining('UTF-16') }]);
    const cp1252 = new Uint8Array([...new TextEncoder().encode('beneficiary,benefit\nCaf'), 0xe9, 0x93, 0x0a]);
    expect(await problemsOf('a.csv', cp1252)).toMatchObject([{ code: 'encoding', hint: expect.stringContaining('UTF-8') }]);
  });

  it('refuses a file over 10 MB without reading it, and an empty one', async () => {
    const read = vi.fn(() => Promise.resolve(new ArrayBuffer(0)));
    const outcome = await readDataset({ name: 'huge.csv', size: maxFileBytes + 1, arrayBuffer: read });
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
    expect(read).not.toHaveBeenCalled();
    expect(await problemsOf('a.json', '')).toMatchObject([{ code: 'empty' }]);
    expect(await problemsOf('a.json', '  \n ')).toMatchObject([{ code: 'empty' }]);
  });

  it('refuses absurd nesting before JSON.parse can overflow the stack', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(await problemsOf('a.json', deep)).toMatchObject([{ code: 'json-syntax', message: expect.stringContaining('nesting deeper') }]);
  });

  it('reads a file from before versions as version 1, with a warning', async () => {
    const unversioned: Partial<ReturnType<typeof tinyDatasetInput>> = tinyDatasetInput();
    delete unversioned.schemaVersion;
    const outcome = await readDataset(source('old.json', JSON.stringify(unversioned)));
    expect(outcome.ok && outcome.warnings).toMatchObject([{ code: 'migrated', place: 'schemaVersion', severity: 'warning' }]);
  });

  it('refuses absurd counts before checking them one by one', async () => {
    const many = { ...tinyDatasetInput(), speakers: Array.from({ length: 100_001 }, (_, i) => ({ id: `s${i}`, name: 'S' })) };
    expect(await problemsOf('a.json', JSON.stringify(many))).toMatchObject([{ code: 'too-many', place: 'the file' }]);
  });

  it('refuses a newer schema version and a dataset with no claims', async () => {
    expect(await problemsOf('a.json', JSON.stringify({ ...tinyDatasetInput(), schemaVersion: 2 }))).toMatchObject([{ code: 'newer-schema', place: 'schemaVersion' }]);
    expect(await problemsOf('a.json', JSON.stringify({ ...tinyDatasetInput(), claims: [] }))).toMatchObject([{ code: 'no-claims' }]);
  });

  it('sets unknown fields aside with a warning, and never lets __proto__ or constructor reach a prototype', async () => {
    const input = tinyDatasetInput();
    const text = JSON.stringify({ ...input, colour: 'red', actors: input.actors.map((a, i) => (i === 0 ? { ...a, nickname: 'A' } : a)) })
      .replace('{', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},');
    const outcome = await readDataset(source('a.json', text));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.warnings.map((w) => w.place).sort()).toEqual(['__proto__', 'actors[0].nickname', 'colour', 'constructor']);
    expect(outcome.warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('suggests the id a wrong reference probably meant', async () => {
    const input = tinyDatasetInput();
    input.claims[0]!.beneficiary = 'alpha-corp';
    const problems = await problemsOf('a.json', JSON.stringify(input));
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'unknown-reference', place: 'claims[0].beneficiary', message: '"alpha-corp" matches no actor; did you mean "alpha"?' }),
    );
  });

  it('keeps markup in a field as plain text', async () => {
    const input = tinyDatasetInput();
    input.claims[0]!.summary = '<img src=x onerror=alert(1)>';
    const outcome = await readDataset(source('a.json', JSON.stringify(input)));
    expect(outcome.ok && outcome.dataset.claims[0]!.summary).toBe('<img src=x onerror=alert(1)>');
  });

  it('rejects links other than http and https', async () => {
    const input = tinyDatasetInput();
    Object.assign(input.meta.article, { url: 'javascript:alert(1)' });
    expect(await problemsOf('a.json', JSON.stringify(input))).toMatchObject([{ place: 'meta.article.url' }]);
  });
});
