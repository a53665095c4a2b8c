import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxEntries } from '../../src/io/maxEntries';
import { parseCsv } from '../../src/io/parseCsv';
import { readDataset } from '../../src/io/readDataset';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'import', name), 'utf8');
const cellsOf = (text: string) => parseCsv(text).rows.map((row) => row.cells);

describe('parseCsv', () => {
  it('splits records and cells, keeping cells untrimmed', () => {
    expect(parseCsv('a,b, c \n1,2,3\n')).toEqual({
      rows: [
        { line: 1, cells: ['a', 'b', ' c '] },
        { line: 2, cells: ['1', '2', '3'] },
      ],
      delimiter: ',',
      problems: [],
    });
  });

  it('reads quoted cells holding the delimiter, doubled quotes and line breaks', () => {
    expect(cellsOf('a,b\n"x, y","he said ""hi"""\n"",""')).toEqual([['a', 'b'], ['x, y', 'he said "hi"'], ['', '']]);
    expect(cellsOf('q\n"one\r\ntwo\rthree\nfour"')).toEqual([['q'], ['one\r\ntwo\rthree\nfour']]);
  });

  it('ends records at CRLF, LF or CR, and the last one with or without a line break', () => {
    expect(cellsOf('a,b\r\n1,2\r3,4\n5,6')).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
    expect(cellsOf('a,b,\n1,2,')).toEqual([['a', 'b', ''], ['1', '2', '']]);
  });

  it('numbers each record by the line it starts on, counting line breaks inside cells and blank lines', () => {
    const { rows } = parseCsv(fixture('multiline.csv'));
    expect(rows.map((row) => row.line)).toEqual([1, 2, 7]);
    expect(rows[1]?.cells[8]).toBe('Grain will flow,\r\nsaid Sam, "soon".\r\n\r\nVery soon.');
  });

  it('skips blank lines, including whitespace-only ones', () => {
    expect(parseCsv('\n\na,b\n\n   \n1,2\n\n').rows).toEqual([
      { line: 3, cells: ['a', 'b'] },
      { line: 6, cells: ['1', '2'] },
    ]);
  });

  it('ignores a UTF-8 byte-order mark', () => {
    const { rows } = parseCsv(fixture('bom.csv'));
    expect(rows[0]?.cells[0]).toBe('beneficiary');
    expect(parseCsv('\uFEFF').rows).toEqual([]);
  });

  it('sniffs the delimiter from the header line: comma, semicolon or tab', () => {
    const semicolon = parseCsv(fixture('semicolon.csv'));
    expect(semicolon.delimiter).toBe(';');
    expect(semicolon.rows[1]?.cells).toHaveLength(9);
    expect(semicolon.rows[1]?.cells[4]).toBe('Alpha gets grain, 2,5 tonnes.');
    expect(semicolon.rows[1]?.cells[8]).toBe('Grain; lots of it.');
    const tab = parseCsv(fixture('tab.tsv'));
    expect(tab.delimiter).toBe('\t');
    expect(tab.rows[1]?.cells[4]).toBe('Alpha gets grain, lots; really.');
  });

  it('counts only delimiters outside quotes, and prefers a comma on a tie', () => {
    expect(parseCsv('"a;b;c",d\n').delimiter).toBe(',');
    expect(parseCsv('a;b,c\n').delimiter).toBe(',');
    expect(parseCsv('single\nx\n').delimiter).toBe(',');
    expect(parseCsv('\n\na;b\n1,5;2\n').delimiter).toBe(';');
  });

  it('keeps formula-looking cells as literal text', () => {
    const { rows, problems } = parseCsv(fixture('formula-cells.csv'));
    expect(problems).toEqual([]);
    expect(rows[1]?.cells[4]).toBe('=HYPERLINK("http://evil.example")');
    expect(rows[1]?.cells[8]).toBe('=1+1');
    expect(rows[2]?.cells[5]).toBe("+cmd|' /C calc'!A0");
    expect(rows[2]?.cells[8]).toBe('-1');
    expect(rows[3]?.cells[6]).toBe('@SUM(A1:A2)');
    expect(rows[3]?.cells[8]).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it('reports an unterminated quote once, at the line where it opened, keeping the rows before it', () => {
    const { rows, problems } = parseCsv(fixture('unterminated-quote.csv'));
    expect(rows.map((row) => row.line)).toEqual([1, 2]);
    expect(problems).toEqual([expect.objectContaining({ code: 'csv-unterminated-quote', place: 'line 3, column 9', severity: 'error' })]);
  });

  it('forgives spaces around quotes and unescaped quotes inside a quoted cell, with a warning for the latter', () => {
    expect(cellsOf('a,b\n "x" , "y"\n')).toEqual([['a', 'b'], ['x', 'y']]);
    expect(cellsOf('a\n5" screen\n')).toEqual([['a'], ['5" screen']]);
    const { rows, problems } = parseCsv(fixture('stray-quote.csv'));
    expect(rows[1]?.cells[8]).toBe('He said "no" to it');
    expect(problems).toEqual([expect.objectContaining({ code: 'csv-stray-quote', place: 'line 2, column 9', severity: 'warning' })]);
  });

  it('returns no rows for empty text', () => {
    expect(parseCsv('')).toEqual({ rows: [], delimiter: ',', problems: [] });
  });

  it('stops at the row past the entry cap, with its line, instead of reading on', () => {
    const text = `a\n${'1\n'.repeat(maxEntries + 5)}`;
    const parsed = parseCsv(text);
    expect(parsed.rows).toHaveLength(maxEntries + 1);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ code: 'too-many', severity: 'error', place: `line ${maxEntries + 2}` }),
    ]);
    expect(parseCsv(`a\n${'1\n'.repeat(maxEntries)}`).problems).toEqual([]);
  });

  it('refuses a CSV over the cap as a whole file, naming the limit', async () => {
    const text = `beneficiary,benefit,polarity,summary,outlet,quote\n${'A,B,gain,S,O,Q\n'.repeat(maxEntries + 1)}`;
    const bytes = new TextEncoder().encode(text);
    const outcome = await readDataset({ name: 'huge.csv', size: bytes.byteLength, arrayBuffer: () => Promise.resolve(bytes.buffer) });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems[0]).toMatchObject({ code: 'too-many', place: `line ${maxEntries + 2}` });
    expect(outcome.problems[0]?.message).toContain('100,000');
  }, 30_000);
});
