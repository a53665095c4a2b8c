import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvToDataset } from '../../src/io/csvToDataset';

/**
 * A file opens whole or not at all: whatever happens to a spreadsheet on its way (a closing quote
 * lost, a stray quote, a separator added or deleted, a line broken), the import either accounts for
 * every data row as a citation, or refuses the file naming at least one place. Seeded, as
 * importProperties.test.ts; `FC_SEED=random FC_RUNS=10` explores further.
 */
const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20_241_205);
const runs = (numRuns: number) => ({ seed, numRuns: numRuns * Number(process.env.FC_RUNS ?? 1) });

const header = ['beneficiary', 'benefit', 'provider', 'polarity', 'summary', 'outlet', 'speaker', 'speaker_role', 'quote'] as const;

/** Cell text with what makes CSV hard: separators, quotes, line breaks, padding. */
// Mostly plain words, as most cells are: a damaged quote then has whole rows to run into.
const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Acme', 'Beta', 'clean water', 'at last.') },
  { weight: 1, arbitrary: fc.constantFrom('Gamma, Inc.', 'Delta "D"', 'Epsilon\nline two', ' Zeta ', 'Eta;Theta', 'Kappa\ttab') },
);
const name = (plain: string[], special: string[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...plain) }, { weight: 1, arbitrary: fc.constantFrom(...special) });
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const row = fc
  .record({
    beneficiary: name(['North', 'South'], ['East, West', 'Up "U"']),
    benefit: name(['Oil', 'Food aid'], ['Cash "now"']),
    provider: name(['', 'Lender'], ['Giver, Ltd']),
    polarity: fc.constantFrom('gain', 'cost'),
    summary: phrase,
    outlet: name(['The Daily', 'Radio One'], ['Wire, Inc', 'TV "Two"']),
    speaker: name(['', 'Dana'], ['Lee "L" Park']),
    quote: phrase,
  })
  .map((r) => ({ ...r, speaker_role: '' }));
type Row = Record<(typeof header)[number], string>;

/** Written as a careful spreadsheet would: a cell quoted when it holds a separator, quote, line break or padding. */
const cell = (value: string) => (/[",;\t\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const writeCsv = (rows: readonly Row[]) => [header, ...rows.map((r) => header.map((h) => r[h]))].map((cells) => cells.map(cell).join(',')).join('\n');

/** One accident, at a position given as a fraction of the text's length. */
const accident = fc.record({
  kind: fc.constantFrom('drop quote', 'drop closing quote', 'add quote', 'drop comma', 'add comma', 'add line break', 'none'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
});

function damage(text: string, { kind, at }: { kind: string; at: number }): string {
  // A quote that ends a line is the one a hurried editor leaves out.
  const find = (char: string, lineEnd = false) => {
    const places = [...text].flatMap((c, i) => (c === char && (!lineEnd || text[i + 1] === '\n') ? [i] : []));
    return places.length === 0 ? -1 : places[Math.floor(at * places.length) % places.length]!;
  };
  const position = Math.floor(at * text.length);
  switch (kind) {
    case 'drop quote':
    case 'drop closing quote':
    case 'drop comma': {
      const i = find(kind === 'drop comma' ? ',' : '"', kind === 'drop closing quote');
      return i < 0 ? text : text.slice(0, i) + text.slice(i + 1);
    }
    case 'add quote':
      return `${text.slice(0, position)}"${text.slice(position)}`;
    case 'add comma':
      return `${text.slice(0, position)},${text.slice(position)}`;
    case 'add line break':
      return `${text.slice(0, position)}\n${text.slice(position)}`;
    default:
      return text;
  }
}

describe('a CSV file opens whole or not at all', () => {
  it('opens an undamaged file with every row, as written', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const { input, problems } = csvToDataset(writeCsv(rows));
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        const quotes = input?.claims.flatMap((c) => c.citations.map((q) => q.quote)) ?? [];
        expect(quotes.sort()).toEqual(rows.map((r) => r.quote.trim()).sort());
      }),
      runs(150),
    );
  });

  it('accounts for every data row of a damaged file, or refuses it naming where', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), accident, (rows, what) => {
        const text = damage(writeCsv(rows), what);
        const { input, problems } = csvToDataset(text);
        if (input === null) {
          const errors = problems.filter((p) => p.severity === 'error');
          expect(errors.length).toBeGreaterThan(0);
          for (const error of errors) expect(error.place).toMatch(/^(line \d+(, column .+)?|the file)$/);
          return;
        }
        // Opened: one citation per row written, none lost, none run together.
        const citations = input.claims.reduce((sum, claim) => sum + claim.citations.length, 0);
        expect(citations).toBe(rows.length);
        // Every warning says where.
        for (const warning of problems) expect(warning.place).toMatch(/^line \d+/);
      }),
      runs(400),
    );
  });
});
