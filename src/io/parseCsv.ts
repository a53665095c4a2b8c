import type { ImportProblem } from './importProblem';
import { maxEntries } from './maxEntries';

/** One record of a CSV file: its cells, untrimmed, and the 1-based line where it starts. */
export interface CsvRow {
  readonly line: number;
  readonly cells: string[];
}

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvParse {
  readonly rows: CsvRow[];
  readonly delimiter: CsvDelimiter;
  readonly problems: ImportProblem[];
}

const delimiters: readonly CsvDelimiter[] = [',', ';', '\t'];
const lineBreak = /\r\n|\r|\n/g;
const countLineBreaks = (text: string) => text.match(lineBreak)?.length ?? 0;

/**
 * The delimiter the header line uses: whichever of comma, semicolon and tab occurs most in it
 * outside quotes (a comma on a tie or when none does). Spreadsheets in locales with a decimal
 * comma write semicolons; "Copy" from a spreadsheet gives tabs.
 */
function sniffDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  let seen = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (seen) break; // blank lines before the header do not count
    } else if (!quoted) {
      if (char !== ' ') seen = true;
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
  }
  return delimiters.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best));
}

/**
 * Splits CSV text into records (RFC 4180): quoted cells may hold the delimiter, doubled quotes and
 * line breaks (CRLF, LF or CR). A UTF-8 byte-order mark is dropped and blank lines are skipped.
 * Cells are returned exactly as written: a formula-looking cell (`=HYPERLINK(...)`, `@SUM`) is just
 * text here, and nothing is ever evaluated.
 *
 * Leniency, for hand-edited files: spaces before an opening or after a closing quote are dropped,
 * and a quote inside a one-line quoted cell that is not followed by the end of the cell is kept as
 * a literal quote (with a warning), so `"He said "no" to it"` reads as the author meant. A quoted
 * cell with such a quote that runs over a line break is an error instead: that is the mark of a
 * closing quote left out, which would swallow the rows after it into one cell.
 */
export function parseCsv(text: string): CsvParse {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = sniffDelimiter(source);
  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  const cellEnd = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}\\r\\n]`, 'g');
  const end = source.length;
  // Where plain text of a cell stops: the next delimiter or line break.
  const plainEnd = (from: number) => {
    cellEnd.lastIndex = from;
    return cellEnd.exec(source)?.index ?? end;
  };
  // Spaces (tabs too, unless they delimit) that may pad a quoted cell.
  const skipPadding = (from: number) => {
    let i = from;
    while (source[i] === ' ' || (source[i] === '\t' && delimiter !== '\t')) i++;
    return i;
  };
  const endsCell = (i: number) => i >= end || source[i] === delimiter || source[i] === '\n' || source[i] === '\r';

  let i = 0;
  let line = 1;
  while (i < end) {
    const startLine = line;
    const cells: string[] = [];
    let anyQuoted = false;
    for (;;) {
      const afterPadding = skipPadding(i);
      let cell: string;
      if (source[afterPadding] === '"') {
        anyQuoted = true;
        const openLine = line;
        const place = `line ${openLine}, column ${cells.length + 1}`;
        let stray = false;
        cell = '';
        i = afterPadding + 1;
        for (;;) {
          const quote = source.indexOf('"', i);
          if (quote < 0) {
            problems.push({
              code: 'csv-unterminated-quote',
              place,
              message: `A quoted cell that starts on line ${openLine} never ends: the file finishes inside it.`,
              hint: 'Add the closing double quote, and write a double quote inside a cell as two ("").',
              severity: 'error',
            });
            return { rows, delimiter, problems };
          }
          const piece = source.slice(i, quote);
          cell += piece;
          line += countLineBreaks(piece);
          if (source[quote + 1] === '"') {
            cell += '"';
            i = quote + 2;
          } else if (endsCell(skipPadding(quote + 1))) {
            i = skipPadding(quote + 1);
            break;
          } else {
            cell += '"';
            i = quote + 1;
            stray = true;
          }
        }
        if (stray && line > openLine) {
          problems.push({
            code: 'csv-unterminated-quote',
            place,
            message: `The quoted cell that starts on line ${openLine} has a double quote inside it that does not close it, and it runs on to line ${line}: lines ${openLine} to ${line} would become one cell.`,
            hint: `Add the closing double quote the cell on line ${openLine} is missing; or, if the cell really spans those lines, write each double quote inside it as two ("").`,
            severity: 'error',
          });
          return { rows, delimiter, problems };
        }
        if (stray)
          problems.push({
            code: 'csv-stray-quote',
            place,
            message: 'A quoted cell has a double quote inside it that is not doubled; it was kept as a quote mark.',
            hint: 'Check the cell reads as meant; inside a quoted cell, write a double quote as two ("").',
            severity: 'warning',
          });
      } else {
        const stop = plainEnd(i);
        cell = source.slice(i, stop);
        i = stop;
      }
      cells.push(cell);
      if (source[i] === delimiter) {
        i++;
        continue;
      }
      // A line break or the end of the text ends the record.
      if (i < end) {
        i += source[i] === '\r' && source[i + 1] === '\n' ? 2 : 1;
        line++;
      }
      break;
    }
    const blank = !anyQuoted && cells.length === 1 && cells[0]?.trim() === '';
    if (blank) continue;
    // The header and `maxEntries` rows at most: counted as they are read, so a huge file stops here.
    if (rows.length > maxEntries) {
      problems.push({
        code: 'too-many',
        place: `line ${startLine}`,
        message: `The file has more than ${maxEntries.toLocaleString('en')} rows (this is row ${(rows.length).toLocaleString('en')} after the header); the most a story may have is ${maxEntries.toLocaleString('en')}.`,
        hint: 'Split it into several stories.',
        severity: 'error',
      });
      return { rows, delimiter, problems };
    }
    rows.push({ line: startLine, cells });
  }
  return { rows, delimiter, problems };
}
