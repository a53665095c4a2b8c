import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvTemplate, csvToDataset, datasetToCsv } from '../../src/io/csvToDataset';
import type { Dataset } from '../../src/model/dataset';
import { parseDataset } from '../../src/model/parseDataset';
import { bundledDataset, tinyDataset } from '../fixtures/datasets';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'import', name), 'utf8');
const header = 'beneficiary,benefit,provider,polarity,summary,outlet,speaker,speaker_role,quote';
const csv = (...rows: string[]) => [header, ...rows].join('\n');

/** Imports without any problem and passes parseDataset. */
function mustImport(text: string, meta?: { title?: string }): Dataset {
  const { input, problems } = csvToDataset(text, meta);
  expect(problems).toEqual([]);
  const parsed = parseDataset(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.dataset;
}

/** What a reader sees of a dataset, by names rather than ids; a CSV lists names in the order rows first use them. */
function content(dataset: Dataset) {
  const { actors, benefitTypes, outlets, speakers } = dataset.index;
  const sorted = <T,>(items: T[]) => items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    actors: sorted(dataset.actors.map((a) => [a.name, a.kind])),
    benefitTypes: sorted(dataset.benefitTypes.map((b) => b.label)),
    outlets: sorted(dataset.outlets.map((o) => [o.name, o.kind])),
    speakers: sorted(dataset.speakers.map((s) => [s.name, s.role])),
    claims: dataset.claims.map((c) => ({
      beneficiary: actors.get(c.beneficiary)?.name,
      provider: c.provider === undefined ? undefined : actors.get(c.provider)?.name,
      benefit: benefitTypes.get(c.benefitType)?.label,
      polarity: c.polarity,
      summary: c.summary,
      citations: c.citations.map((q) => ({
        outlet: outlets.get(q.outlet)?.name,
        speaker: q.speaker === undefined ? undefined : speakers.get(q.speaker)?.name,
        kind: q.kind,
        quote: q.quote,
      })),
    })),
  };
}

describe('csvToDataset: broken and hostile files', () => {
  // One fixture file per case, and the problem it must produce.
  it.each([
    ['unterminated-quote.csv', 'csv-unterminated-quote', 'line 3, column 9', 'error'],
    ['unclosed-quote.csv', 'csv-unterminated-quote', 'line 2, column 9', 'error'],
    ['ragged-row.csv', 'csv-ragged-row', 'line 3', 'error'],
    ['missing-column.csv', 'csv-missing-column', 'line 1', 'error'],
    ['duplicate-column.csv', 'csv-duplicate-column', 'line 1, column "Outlet"', 'error'],
    ['unknown-column.csv', 'csv-unknown-column', 'line 1, column "notes"', 'warning'],
    ['bad-polarity.csv', 'csv-bad-polarity', 'line 2, column "polarity"', 'error'],
    ['bad-kind.csv', 'csv-bad-kind', 'line 2, column "kind"', 'error'],
    ['empty-cell.csv', 'csv-empty-cell', 'line 3, column "quote"', 'error'],
    ['control-character.csv', 'csv-control-character', 'line 3, column "quote"', 'error'],
    ['same-provider.csv', 'csv-same-provider', 'line 2, column "provider"', 'error'],
    ['conflicting-kind.csv', 'csv-conflicting-row', 'line 3, column "actor_kind"', 'error'],
    ['stray-quote.csv', 'csv-stray-quote', 'line 2, column 9', 'warning'],
    ['empty.csv', 'csv-empty', 'the file', 'error'],
    ['header-only.csv', 'csv-no-rows', 'the file', 'error'],
  ])('%s gives %s at %s', (file, code, place, severity) => {
    const { input, problems } = csvToDataset(fixture(file));
    expect(problems).toEqual([expect.objectContaining({ code, place, severity })]);
    expect(problems[0]?.message).not.toBe('');
    expect(problems[0]?.hint).not.toBe('');
    if (severity === 'error') expect(input).toBeNull();
    else expect(parseDataset(input).ok).toBe(true);
  });

  it('calls a file of only blank lines or a byte-order mark empty', () => {
    for (const text of ['', '  \r\n\n', '\uFEFF'])
      expect(csvToDataset(text).problems).toEqual([expect.objectContaining({ code: 'csv-empty', place: 'the file' })]);
  });

  it('names a missing column and lists the headers found', () => {
    const [problem] = csvToDataset(fixture('missing-column.csv')).problems;
    expect(problem?.message).toBe(
      'There is no "quote" column. The header has: beneficiary, benefit, provider, polarity, summary, outlet, speaker.',
    );
  });

  it('reports every missing column, and every empty cell with its line and column', () => {
    expect(csvToDataset('name,notes\nAlpha,x\n').problems.filter((p) => p.code === 'csv-missing-column')).toHaveLength(6);
    const { problems } = csvToDataset(csv('Alpha,,,gain,,The Daily,,,Words.', ',Grain,,gain,Summary.,The Daily,,,'));
    expect(problems.map((p) => p.place)).toEqual([
      'line 2, column "benefit"',
      'line 2, column "summary"',
      'line 3, column "beneficiary"',
      'line 3, column "quote"',
    ]);
  });

  it('names a cell over its length limit, and a name with a direction control, by line and column', () => {
    const { input, problems } = csvToDataset(csv(
      `${'N'.repeat(5_000)},Grain,,gain,Summary.,The Daily,,,Words.`,
      `Alpha,Grain,,gain,Summary.,The Daily,,,${'q'.repeat(9_500_000)}`,
      'Alpha,Grain,,gain,Summary.,The Daily,Dana\u202Eanaliz,,Words.',
    ));
    expect(input).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({ code: 'csv-too-long', place: 'line 2, column "beneficiary"', message: 'The beneficiary is 5,000 characters long; the most is 200.' }),
      expect.objectContaining({ code: 'csv-too-long', place: 'line 3, column "quote"', message: 'The quote is 9,500,000 characters long; the most is 5,000.' }),
      expect.objectContaining({ code: 'csv-bidi-control', place: 'line 4, column "speaker"', message: expect.stringContaining('(U+202E)') as string }),
    ]);
  });

  it('quotes the offending value, cut to 40 characters', () => {
    const [problem] = csvToDataset(csv(`Alpha,Grain,,${'x'.repeat(60)},Summary.,The Daily,,,Words.`)).problems;
    expect(problem?.message).toBe(`"${'x'.repeat(39)}…" is not a polarity.`);
  });

  it('refuses a role without a speaker, rather than drop it', () => {
    const { input, problems } = csvToDataset(csv('Alpha,Grain,,gain,Summary.,The Daily,,analyst,Words.'));
    expect(problems).toEqual([expect.objectContaining({ code: 'csv-orphan-cell', place: 'line 2, column "speaker_role"', severity: 'error' })]);
    expect(input).toBeNull();
  });

  it('refuses a file whose missing closing quote would run three rows into one cell, naming where it opened', () => {
    const { input, problems } = csvToDataset(fixture('unclosed-quote.csv'));
    expect(input).toBeNull();
    expect(problems[0]?.message).toBe(
      'The quoted cell that starts on line 2 has a double quote inside it that does not close it, and it runs on to line 3: lines 2 to 3 would become one cell.',
    );
  });

  it('creates ids for __proto__, constructor and prototype without touching Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const dataset = mustImport(fixture('proto-names.csv'));
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(dataset.actors.map((a) => [a.id, a.name, a.kind])).toEqual([
      ['actor-1', '__proto__', 'state'],
      ['actor-2', 'prototype', 'group'],
      ['actor-3', 'constructor', 'person'],
    ]);
    expect(dataset.benefitTypes.map((b) => [b.id, b.label])).toEqual([['benefit-1', 'constructor'], ['benefit-2', '__proto__']]);
    expect(dataset.outlets.map((o) => o.id)).toEqual(['outlet-1', 'outlet-2']);
    expect(dataset.speakers.map((s) => [s.id, s.name, s.role])).toEqual([
      ['speaker-1', 'constructor', 'prototype'],
      ['speaker-2', 'hasOwnProperty', 'valueOf'],
    ]);
    expect(dataset.claims[1]?.summary).toBe('toString');
  });
});

describe('csvToDataset: reading a spreadsheet', () => {
  it('creates actors, benefit types, outlets and speakers from names, with slug ids and plain defaults', () => {
    const dataset = mustImport(csv('Côte d’Ivoire,Cocoa money,Big Buyer Inc.,gain,Exports pay.,Le Monde,Ana Ruiz,economist,“Cocoa pays.”'), { title: ' My lesson ' });
    expect(dataset.actors).toEqual([
      { id: 'cote-d-ivoire', name: 'Côte d’Ivoire', kind: 'group', description: 'Imported from a spreadsheet; no description given.' },
      { id: 'big-buyer-inc', name: 'Big Buyer Inc.', kind: 'group', description: 'Imported from a spreadsheet; no description given.' },
    ]);
    expect(dataset.benefitTypes).toEqual([{ id: 'cocoa-money', label: 'Cocoa money', description: 'Imported from a spreadsheet; no description given.' }]);
    expect(dataset.outlets).toEqual([{ id: 'le-monde', name: 'Le Monde', kind: 'other' }]);
    expect(dataset.speakers).toEqual([{ id: 'ana-ruiz', name: 'Ana Ruiz', role: 'economist' }]);
    expect(dataset.claims).toEqual([
      {
        id: 'cote-d-ivoire-cocoa-money',
        beneficiary: 'cote-d-ivoire',
        provider: 'big-buyer-inc',
        benefitType: 'cocoa-money',
        polarity: 'gain',
        summary: 'Exports pay.',
        citations: [{ outlet: 'le-monde', speaker: 'ana-ruiz', kind: 'quote', quote: '“Cocoa pays.”' }],
      },
    ]);
    expect(dataset.meta).toEqual({
      title: 'My lesson',
      description: 'Imported from a spreadsheet.',
      article: { title: 'My lesson', outlet: 'Le Monde', author: 'Unknown' },
    });
    expect(mustImport(csv('A,B,,gain,S.,O,,,Q.')).meta.title).toBe('Imported dataset');
  });

  it('merges rows of the same claim, and keeps a different summary or polarity as its own claim', () => {
    const dataset = mustImport(csv(
      'Alpha,Grain,Beta,gain,Alpha gets grain.,The Daily,Sam,analyst,Grain will flow.',
      'Alpha,Grain,Beta,gain,Alpha gets grain.,Radio One,,,Alpha wants grain.',
      'Alpha,Grain,Beta,gain,Alpha gets cheap grain.,Radio One,,,Cheap grain.',
      'Alpha,Grain,Beta,cost,Alpha gets grain.,Radio One,,,Grain costs.',
      'Alpha,Grain,,gain,Alpha gets grain.,Radio One,,,From nowhere.',
    ));
    expect(dataset.claims.map((c) => [c.id, c.polarity, c.provider, c.citations.length])).toEqual([
      ['alpha-grain', 'gain', 'beta', 2],
      ['alpha-grain-2', 'gain', 'beta', 1],
      ['alpha-grain-3', 'cost', 'beta', 1],
      ['alpha-grain-4', 'gain', undefined, 1],
    ]);
    expect(dataset.claims[0]?.citations.map((q) => q.outlet)).toEqual(['the-daily', 'radio-one']);
  });

  it('reads headers in any case, with spaces or hyphens for underscores, and the optional kind columns', () => {
    const text = [
      ' Beneficiary ,BENEFIT,Provider,Polarity,Summary,Outlet,Speaker,Speaker Role,Quote,Kind,Actor-Kind,provider kind,outlet_kind',
      'Alpha,Grain,Beta,GAIN,Summary.,The Daily,Sam,analyst,Words.,Paraphrase,State,organization,Think Tank',
    ].join('\r\n');
    const dataset = mustImport(text);
    expect(dataset.actors.map((a) => a.kind)).toEqual(['state', 'organisation']);
    expect(dataset.outlets[0]?.kind).toBe('think-tank');
    expect(dataset.claims[0]?.citations[0]).toEqual({ outlet: 'the-daily', speaker: 'sam', kind: 'paraphrase', quote: 'Words.' });
  });

  it('gives two spellings of one slug their own ids, and warns that they look alike', () => {
    const { input, problems } = csvToDataset(csv('Russia,Oil,,gain,S.,O,,,Q.', 'russia,Oil,,gain,S.,O,,,Q.', 'Rüssia,Oil,,gain,S.,O,,,Q.'));
    expect(input?.actors.map((a) => a.id)).toEqual(['russia', 'russia-2', 'russia-3']);
    expect(problems.map((p) => [p.code, p.place])).toEqual([['csv-similar-names', 'line 3'], ['csv-similar-names', 'line 4']]);
    expect(problems[0]?.message).toBe('"russia" and "Russia" (line 2) are spelled differently, so they become two actors.');
  });

  it('treats names that differ only in Unicode form, spacing or invisible characters as one', () => {
    const dataset = mustImport(csv('Cafe\u0301  Society,Oil,,gain,S.,O,,,Q.', 'Café Society\u200B,Oil,,gain,S.,O,,,Q2.'));
    expect(dataset.actors).toHaveLength(1);
    expect(dataset.claims[0]?.citations).toHaveLength(2);
  });

  it('falls back to a numbered id when a name has no letters or digits, never reusing a taken one', () => {
    const dataset = mustImport(csv('???,Oil,Actor 1,gain,S.,O,,,Q.'));
    expect(dataset.actors.map((a) => a.id)).toEqual(['actor-1', 'actor-1-2']);
  });

  it('reads semicolon, tab, byte-order-mark and multi-line files alike', () => {
    expect(mustImport(fixture('semicolon.csv')).claims[0]?.summary).toBe('Alpha gets grain, 2,5 tonnes.');
    expect(mustImport(fixture('tab.tsv')).speakers).toEqual([{ id: 'sam', name: 'Sam', role: 'analyst' }]);
    expect(mustImport(fixture('bom.csv')).actors[0]?.id).toBe('alpha');
    const multiline = mustImport(fixture('multiline.csv'));
    expect(multiline.claims[0]?.citations[0]?.quote).toBe('Grain will flow,\r\nsaid Sam, "soon".\r\n\r\nVery soon.');
    expect(multiline.claims).toHaveLength(2);
  });

  it('keeps formula-looking cells as literal text', () => {
    const dataset = mustImport(fixture('formula-cells.csv'));
    expect(dataset.claims[0]?.summary).toBe('=HYPERLINK("http://evil.example")');
    expect(dataset.claims[0]?.citations.map((q) => q.quote)).toEqual(['=1+1', '-1', '=HYPERLINK("http://evil.example","click")']);
    expect(dataset.outlets.map((o) => o.name)).toEqual(['The Daily', "+cmd|' /C calc'!A0"]);
    expect(dataset.speakers[0]?.name).toBe('@SUM(A1:A2)');
  });

  it("strips the one apostrophe an export puts before a formula-looking cell, and no other", () => {
    const dataset = mustImport(csv("Alpha,Grain,,gain,'=1+1,O,,,''-1", "Alpha,Grain,,gain,'=1+1,O,,,'quoted'"));
    expect(dataset.claims[0]?.summary).toBe('=1+1');
    expect(dataset.claims[0]?.citations.map((q) => q.quote)).toEqual(["'-1", "'quoted'"]);
  });

  it('skips rows a spreadsheet leaves empty', () => {
    expect(mustImport(csv(',,,,,,,,', 'A,B,,gain,S.,O,,,Q.', ',,,,,,,,')).claims).toHaveLength(1);
    expect(csvToDataset(csv(',,,,,,,,')).problems.map((p) => p.code)).toEqual(['csv-no-rows']);
  });

  it('ignores an unnamed column that is empty, and warns about one that is not', () => {
    expect(mustImport(`${header},\nA,B,,gain,S.,O,,,Q.,\n`).claims).toHaveLength(1);
    const { problems } = csvToDataset(`${header},\nA,B,,gain,S.,O,,,Q.,note\n`);
    expect(problems).toEqual([expect.objectContaining({ code: 'csv-unknown-column', place: 'line 1, column 10', severity: 'warning' })]);
  });
});

describe('datasetToCsv', () => {
  it('writes one row per citation under the importer’s header, for Excel: BOM and CRLF', () => {
    const text = datasetToCsv(tinyDataset());
    const lines = text.split('\r\n');
    expect(text.startsWith('\uFEFFbeneficiary,benefit,provider,polarity,summary,outlet,speaker,speaker_role,quote,kind,')).toBe(true);
    expect(lines).toHaveLength(2 + 4); // header, four citations, and the empty string after the last CRLF
    expect(lines[1]).toBe('Alpha,Grain,Beta,gain,Alpha gets grain from Beta.,The Daily,Sam Speaker,analyst,Grain will flow.,quote,state,state,newspaper');
    expect(lines[5]).toBe('');
  });

  it('quotes cells that need it and guards formula-looking cells with an apostrophe (OWASP)', () => {
    const written: [text: string, cell: string][] = [
      ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
      ['+cmd', "'+cmd"],
      ['-1', "'-1"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['a, "b"\nc', '"a, ""b""\nc"'],
      ["'=already", "''=already"],
      ["'plain", "'plain"],
      ['semi;colon', '"semi;colon"'],
    ];
    const input = tinyDatasetInput();
    const claims = written.map(([text], i) => ({
      id: `c${i}`, beneficiary: 'gamma', benefitType: 'grain', polarity: 'cost' as const, summary: text,
      citations: [{ outlet: 'daily', kind: 'quote' as const, quote: text }],
    }));
    const parsed = parseDataset({ ...input, claims });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const exported = datasetToCsv(parsed.dataset);
    expect(exported.split('\r\n').slice(1, -1)).toEqual(
      written.map(([, cell]) => `Gamma,Grain,,cost,${cell},The Daily,,,${cell},quote,group,,newspaper`),
    );
    const imported = content(mustImport(exported)).claims;
    expect(imported.map((c) => [c.summary, c.citations[0]?.quote])).toEqual(written.map(([text]) => [text, text]));
  });

  it('round-trips the bundled dataset: same actors, benefit types, outlets, speakers and claims by name', () => {
    const bundled = bundledDataset();
    const imported = mustImport(datasetToCsv(bundled), { title: bundled.meta.title });
    expect(content(imported)).toEqual(content(bundled));
  });

  it('round-trips the tiny dataset, ids included where they are slugs of the names', () => {
    const imported = mustImport(datasetToCsv(tinyDataset()));
    expect(content(imported)).toEqual(content(tinyDataset()));
    expect(imported.actors.map((a) => a.id)).toEqual(['alpha', 'beta', 'gamma']);
  });
});

describe('csvTemplate', () => {
  it('is a header and two made-up rows that import without a problem', () => {
    const text = csvTemplate();
    expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(3);
    const dataset = mustImport(text);
    expect(dataset.actors.map((a) => a.name)).toEqual(['Country A', 'Country B']);
    expect(dataset.claims.map((c) => c.polarity)).toEqual(['gain', 'cost']);
  });
});
