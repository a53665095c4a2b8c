import type { Dataset } from '../model/dataset';
import { actorKinds, outletKinds, unprintableCharacter } from '../model/schema';
import { bidiControl, textLimits, type TextKind } from '../model/textLimits';
import type { Claim, DatasetInput } from '../model/schema';
import { slug } from './exportFileName';
import type { ImportProblem } from './importProblem';
import { parseCsv } from './parseCsv';
import type { CsvRow } from './parseCsv';

/**
 * The CSV columns, in the order an export writes them: one row per citation. `actor_kind` is the
 * beneficiary's kind, `provider_kind` the provider's (kept apart so a provider that is never a
 * beneficiary keeps its kind through a round trip).
 */
const columns = [
  'beneficiary', 'benefit', 'provider', 'polarity', 'summary', 'outlet', 'speaker', 'speaker_role', 'quote',
  'kind', 'actor_kind', 'provider_kind', 'outlet_kind',
] as const;
type Column = (typeof columns)[number];
const required: readonly Column[] = ['beneficiary', 'benefit', 'polarity', 'summary', 'outlet', 'quote'];
const isColumn = (name: string): name is Column => (columns as readonly string[]).includes(name);
/** The columns of free text, with the kind of text each holds (its length limit; names and roles may not hold bidi controls). */
const textColumns: Readonly<Partial<Record<Column, TextKind>>> = {
  beneficiary: 'name', benefit: 'name', provider: 'name', outlet: 'name', speaker: 'name', speaker_role: 'role', summary: 'summary', quote: 'quote',
};
const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
const words = (column: Column) => column.replace('_', ' ');

/** The schema requires descriptions; a spreadsheet has none, so say so rather than invent one. */
const noDescription = 'Imported from a spreadsheet; no description given.';

/**
 * Slugs that would name a property of every JavaScript object. Lookups here are Maps, but an id
 * such as `constructor` could still trip code elsewhere that indexes a plain object.
 */
const reserved = new Set(['proto', 'constructor', 'prototype', 'hasownproperty', 'isprototypeof',
  'propertyisenumerable', 'tolocalestring', 'tostring', 'valueof']);

/** Invisible characters that make two spellings of a name look the same (not ZWJ/ZWNJ, which spell words). */
const invisible = /[\u200B\u2060\uFEFF]/g;

/**
 * OWASP CSV-injection guard. An export prefixes `'` to a cell that starts with `=`, `+`, `-`, `@`,
 * TAB or CR (after any apostrophes, so that a text that really starts `'=` survives too); the
 * import strips exactly one leading `'` from such a cell, so a round trip is lossless.
 */
const formulaLike = /^'*[=+\-@\t\r]/;

const problemOf = (code: string, place: string, message: string, hint: string, severity: ImportProblem['severity'] = 'error'): ImportProblem =>
  ({ code, place, message, hint, severity });

/** An offending value for a message: whitespace collapsed, cut to 40 characters. */
function quoted(value: string): string {
  const chars = Array.from(value.replace(/\s+/g, ' '));
  return `"${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('')}"`;
}

/** Two spellings that differ only in Unicode form, spacing or invisible characters name the same thing. */
const nameKey = (name: string) => name.normalize('NFC').replace(invisible, '').replace(/\s+/g, ' ').trim();

/** A value from an enumeration, read forgivingly: any case, spaces or underscores for hyphens. */
function pick<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  const wanted = value.toLowerCase().replace(/[\s_]+/g, '-').replace(/^organization$/, 'organisation');
  return allowed.find((option) => option === wanted);
}

/** A fresh id from a slug: `-2`, `-3` when taken; `actor-1` and so on when the slug is empty or reserved. */
/** Where each prefix's numbering stopped, per set of taken ids: counting from 1 every time made
 * an import of names without Latin letters (all `actor-N`) quadratic in the number of rows. */
const nextNumbers = new WeakMap<Set<string>, Map<string, number>>();

function allocate(base: string, fallback: string, taken: Set<string>): string {
  const numbers = nextNumbers.get(taken) ?? new Map<string, number>();
  nextNumbers.set(taken, numbers);
  const numbered = (prefix: string, first: number) => {
    let n = numbers.get(prefix) ?? first;
    while (taken.has(`${prefix}-${n}`)) n += 1;
    numbers.set(prefix, n + 1);
    return `${prefix}-${n}`;
  };
  const id = base === '' || reserved.has(base) ? numbered(fallback, 1) : taken.has(base) ? numbered(base, 2) : base;
  taken.add(id);
  return id;
}

interface Entity<A extends string> {
  readonly id: string;
  readonly name: string;
  /** The kind (actors, outlets) or role (speakers); the first row that gives one decides. */
  value?: { readonly of: A; readonly line: number };
}

/** Actors, benefit types, outlets or speakers, created from their names in the order rows name them. */
function registry<A extends string>(what: string, fallback: string, problems: ImportProblem[]) {
  const byKey = new Map<string, Entity<A> & { readonly line: number }>();
  const bySlug = new Map<string, Entity<A> & { readonly line: number }>();
  const taken = new Set<string>();
  return {
    all: () => [...byKey.values()],
    named(name: string, line: number): Entity<A> {
      const key = nameKey(name);
      const known = byKey.get(key);
      if (known !== undefined) return known;
      const base = slug(name);
      const entity = { id: allocate(base, fallback, taken), name, line };
      byKey.set(key, entity);
      const twin = bySlug.get(base);
      if (twin === undefined) bySlug.set(base, entity);
      else if (base !== '')
        problems.push(problemOf(
          'csv-similar-names',
          `line ${line}`,
          `${quoted(name)} and ${quoted(twin.name)} (line ${twin.line}) are spelled differently, so they become two ${what}s.`,
          'If they are the same, spell them the same way in every row.',
          'warning',
        ));
      return entity;
    },
    /** Records a kind or role; a later row that disagrees is an error, since either value would be lost. */
    settle(entity: Entity<A>, value: A | undefined, line: number, place: string, label: string) {
      if (value === undefined) return;
      if (entity.value === undefined) entity.value = { of: value, line };
      else if (entity.value.of !== value)
        problems.push(problemOf(
          'csv-conflicting-row',
          place,
          `This row gives ${quoted(entity.name)} the ${label} ${quoted(value)}, but line ${entity.value.line} gave ${quoted(entity.value.of)}.`,
          `Give each ${what} the same ${label} in every row, or leave it empty after the first.`,
        ));
    },
  };
}

/** The header: which column each known name is in. Problems for missing, duplicated and unknown columns. */
function readHeader(header: CsvRow, rows: readonly CsvRow[], problems: ImportProblem[]) {
  const at = new Map<Column, number>();
  const names = header.cells.map((cell) => cell.trim());
  names.forEach((name, index) => {
    const key = name.toLowerCase().replace(/[\s-]+/g, '_');
    const place = `line ${header.line}, column "${name}"`;
    const first = isColumn(key) ? at.get(key) : undefined;
    // An unnamed column is often a spreadsheet's stray empty one: only worth a word if it holds something.
    if (name === '') {
      if (rows.some((row) => (row.cells[index] ?? '').trim() !== ''))
        problems.push(problemOf('csv-unknown-column', `line ${header.line}, column ${index + 1}`,
          `Column ${index + 1} has no header; its cells are ignored.`, 'Give it one of the headers the template uses, or delete it.', 'warning'));
    } else if (!isColumn(key))
      problems.push(problemOf('csv-unknown-column', place, `The column ${quoted(name)} is not one this app reads; its cells are ignored.`,
        `The columns it reads are: ${columns.join(', ')}.`, 'warning'));
    else if (first !== undefined)
      problems.push(problemOf('csv-duplicate-column', place, `There are two ${quoted(key)} columns (columns ${first + 1} and ${index + 1}).`,
        'Keep one of them: rename or delete the other.'));
    else at.set(key, index);
  });
  for (const column of required)
    if (!at.has(column))
      problems.push(problemOf(
        'csv-missing-column',
        `line ${header.line}`,
        `There is no ${quoted(column)} column. The header has: ${names.filter((n) => n !== '').join(', ') || 'nothing'}.`,
        `Add a column headed "${column}" (see the CSV template), or check the first row is the header.`,
      ));
  return { at, names };
}

/**
 * Reads a spreadsheet saved as CSV, one row per citation, into a dataset: actors, benefit types,
 * outlets and speakers are created from their names, with slug ids that a re-import reproduces;
 * rows with the same beneficiary, benefit, provider, polarity and summary are one claim. Returns
 * `input: null` when any problem is an error. The input still goes through `parseDataset`.
 *
 * What a spreadsheet does not say is filled in plainly, never guessed: descriptions say there is
 * none, actor kind `group`, outlet kind `other`, citation kind `quote`; the article is titled after
 * the dataset, credited to the first outlet, author "Unknown".
 */
export function csvToDataset(text: string, meta?: { title?: string }): { input: DatasetInput | null; problems: ImportProblem[] } {
  const parsed = parseCsv(text);
  const problems = [...parsed.problems];
  const [header, ...rows] = parsed.rows;
  if (header === undefined) {
    if (!problems.some((p) => p.severity === 'error'))
      problems.push(problemOf('csv-empty', 'the file', 'The file is empty.', 'Start from the CSV template: a header row, then one row per citation.'));
    return { input: null, problems };
  }
  const { at, names } = readHeader(header, rows, problems);
  if (problems.some((p) => p.severity === 'error' && p.code !== 'csv-unterminated-quote')) return { input: null, problems };

  const actors = registry<(typeof actorKinds)[number]>('actor', 'actor', problems);
  const benefits = registry<never>('benefit', 'benefit', problems);
  const outlets = registry<(typeof outletKinds)[number]>('outlet', 'outlet', problems);
  const speakers = registry<string>('speaker', 'speaker', problems);
  const claims = new Map<string, Claim>();
  const claimIds = new Set<string>();
  let filled = 0;
  for (const row of rows) {
    if (row.cells.every((cell) => cell.trim() === '')) continue; // a spreadsheet's empty row: `,,,,`
    filled++;
    const place = (column: Column) => `line ${row.line}, column "${names[at.get(column) ?? -1] ?? column}"`;
    const problem = (column: Column, code: string, message: string, hint: string) => problems.push(problemOf(code, place(column), message, hint));
    if (row.cells.length !== header.cells.length) {
      const delimiter = parsed.delimiter === '\t' ? 'tab' : `"${parsed.delimiter}"`;
      problems.push(problemOf('csv-ragged-row', `line ${row.line}`, `This row has ${row.cells.length} cells; the header has ${header.cells.length}.`,
        `Look for a ${delimiter} inside a cell that is not in double quotes, or a missing or extra cell.`));
      continue;
    }
    const cell = (column: Column) => {
      const raw = (row.cells[at.get(column) ?? -1] ?? '').trim();
      const value = raw.startsWith("'") && formulaLike.test(raw.slice(1)) ? raw.slice(1).trim() : raw;
      return value.replace(invisible, '').trim() === '' ? '' : value;
    };
    const errorsBefore = problems.length;
    for (const column of required)
      if (cell(column) === '')
        problem(column, 'csv-empty-cell', `The ${words(column)} is empty.`, `Every row needs a ${words(column)}; fill it in or delete the row.`);
    for (const column of columns) {
      const found = unprintableCharacter.exec(cell(column));
      if (found !== null)
        problem(column, 'csv-control-character', `The ${words(column)} holds a control character (${codePoint(found[0])}) that no page, picture or slide can show.`,
          'Delete it: it is invisible in most spreadsheets, so retype the cell if you cannot find it.');
      const kind = textColumns[column];
      if (kind === undefined) continue;
      const value = cell(column);
      if (value.length > textLimits[kind])
        problem(column, 'csv-too-long', `The ${words(column)} is ${value.length.toLocaleString('en')} characters long; the most is ${textLimits[kind].toLocaleString('en')}.`,
          kind === 'quote' ? 'Quote only the words that make the claim, or split the quote over several rows.' : `Shorten it to ${textLimits[kind].toLocaleString('en')} characters or fewer.`);
      const bidi = kind === 'name' || kind === 'role' ? bidiControl.exec(value) : null;
      if (bidi !== null)
        problem(column, 'csv-bidi-control', `The ${words(column)} holds a direction control (${codePoint(bidi[0])}) that can make the text around it read backwards.`,
          'Delete it; right-to-left names show correctly without it.');
    }
    const polarity = pick(cell('polarity'), ['gain', 'cost'] as const);
    if (polarity === undefined && cell('polarity') !== '')
      problem('polarity', 'csv-bad-polarity', `${quoted(cell('polarity'))} is not a polarity.`, 'Write gain or cost.');
    const choose = <T extends string>(column: Column, allowed: readonly T[]): T | undefined => {
      const value = pick(cell(column), allowed);
      if (value === undefined && cell(column) !== '')
        problem(column, 'csv-bad-kind', `${quoted(cell(column))} is not a valid ${words(column)}.`, `Write one of: ${allowed.join(', ')}; or leave it empty.`);
      return value;
    };
    const kind = choose('kind', ['quote', 'paraphrase'] as const) ?? 'quote';
    const actorKind = choose('actor_kind', actorKinds);
    const providerKind = choose('provider_kind', actorKinds);
    const outletKind = choose('outlet_kind', outletKinds);
    if (cell('provider') !== '' && nameKey(cell('provider')) === nameKey(cell('beneficiary')))
      problem('provider', 'csv-same-provider', `${quoted(cell('provider'))} is both the beneficiary and the provider.`, 'Leave the provider empty, or name who provides the benefit.');
    for (const [column, needs] of [['speaker_role', 'speaker'], ['provider_kind', 'provider']] as const)
      if (cell(column) !== '' && cell(needs) === '')
        problem(column, 'csv-orphan-cell', `The ${words(column)} is filled in but the ${needs} is empty, so it belongs to no one.`,
          `Fill in the ${needs}, or empty this cell.`);
    if (polarity === undefined || problems.slice(errorsBefore).some((p) => p.severity === 'error')) continue;

    const beneficiary = actors.named(cell('beneficiary'), row.line);
    actors.settle(beneficiary, actorKind, row.line, place('actor_kind'), 'kind');
    const provider = cell('provider') === '' ? undefined : actors.named(cell('provider'), row.line);
    if (provider !== undefined) actors.settle(provider, providerKind, row.line, place('provider_kind'), 'kind');
    const benefit = benefits.named(cell('benefit'), row.line);
    const outlet = outlets.named(cell('outlet'), row.line);
    outlets.settle(outlet, outletKind, row.line, place('outlet_kind'), 'kind');
    const speaker = cell('speaker') === '' ? undefined : speakers.named(cell('speaker'), row.line);
    if (speaker !== undefined) speakers.settle(speaker, cell('speaker_role') || undefined, row.line, place('speaker_role'), 'role');

    const key = JSON.stringify([beneficiary.id, benefit.id, provider?.id ?? '', polarity, nameKey(cell('summary'))]);
    const claim = claims.get(key) ?? {
      id: allocate(slug(`${beneficiary.name} ${benefit.name}`), 'claim', claimIds),
      beneficiary: beneficiary.id,
      ...(provider !== undefined && { provider: provider.id }),
      benefitType: benefit.id,
      polarity,
      summary: cell('summary'),
      citations: [],
    };
    claims.set(key, claim);
    claim.citations.push({ outlet: outlet.id, ...(speaker !== undefined && { speaker: speaker.id }), kind, quote: cell('quote') });
  }
  const hasErrors = () => problems.some((p) => p.severity === 'error');
  if (filled === 0 && !hasErrors())
    problems.push(problemOf('csv-no-rows', 'the file', 'The file has a header but no rows.', 'Add one row per citation under the header.'));
  const firstOutlet = outlets.all()[0];
  if (hasErrors() || firstOutlet === undefined) return { input: null, problems };

  const title = meta?.title?.trim() || 'Imported dataset';
  return {
    input: {
      schemaVersion: 1,
      meta: { title, description: 'Imported from a spreadsheet.', article: { title, outlet: firstOutlet.name, author: 'Unknown' } },
      actors: actors.all().map((a) => ({ id: a.id, name: a.name, kind: a.value?.of ?? 'group', description: noDescription })),
      benefitTypes: benefits.all().map((b) => ({ id: b.id, label: b.name, description: noDescription })),
      outlets: outlets.all().map((o) => ({ id: o.id, name: o.name, kind: o.value?.of ?? 'other' })),
      speakers: speakers.all().map((s) => ({ id: s.id, name: s.name, ...(s.value !== undefined && { role: s.value.of }) })),
      claims: [...claims.values()],
    },
    problems,
  };
}

/** A cell as written to a file: guarded against formula injection, and quoted when it must be. */
function writeCell(value: string): string {
  const guarded = formulaLike.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The file: a byte-order mark, so that Excel reads it as UTF-8, then CRLF-ended records (RFC 4180). */
function writeCsv(rows: readonly Readonly<Record<Column, string>>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => writeCell(row[column])).join(','))];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}

/**
 * The dataset as the spreadsheet `csvToDataset` reads: one row per citation, the same columns.
 * Safe to open in Excel or LibreOffice (see `formulaLike`). Names, summaries, quotes, kinds and
 * roles survive a round trip; ids are re-derived from names, lists come back in the order rows
 * first name them, and descriptions, links, claim ids, the article and the tour are not in the
 * CSV (export JSON to keep those).
 */
export function datasetToCsv(dataset: Dataset): string {
  const { actors, benefitTypes, outlets, speakers } = dataset.index;
  return writeCsv(
    dataset.claims.flatMap((claim) => {
      const beneficiary = actors.get(claim.beneficiary);
      const provider = claim.provider === undefined ? undefined : actors.get(claim.provider);
      return claim.citations.map((citation) => {
        const outlet = outlets.get(citation.outlet);
        const speaker = citation.speaker === undefined ? undefined : speakers.get(citation.speaker);
        return {
          beneficiary: beneficiary?.name ?? '',
          benefit: benefitTypes.get(claim.benefitType)?.label ?? '',
          provider: provider?.name ?? '',
          polarity: claim.polarity,
          summary: claim.summary,
          outlet: outlet?.name ?? '',
          speaker: speaker?.name ?? '',
          speaker_role: speaker?.role ?? '',
          quote: citation.quote,
          kind: citation.kind,
          actor_kind: beneficiary?.kind ?? '',
          provider_kind: provider?.kind ?? '',
          outlet_kind: outlet?.kind ?? '',
        };
      });
    }),
  );
}

/** A starting point for a spreadsheet: the header and two made-up rows showing a gain, a cost and quoting. */
export function csvTemplate(): string {
  return writeCsv([
    {
      beneficiary: 'Country A', benefit: 'Example benefit', provider: 'Country B', polarity: 'gain',
      summary: 'Country A gets an example benefit from Country B.', outlet: 'Newspaper A', speaker: 'Person A',
      speaker_role: 'analyst at Institute A', quote: 'Replace these example rows with your article: one row per quote.',
      kind: 'quote', actor_kind: 'state', provider_kind: 'state', outlet_kind: 'newspaper',
    },
    {
      beneficiary: 'Country B', benefit: 'Example cost', provider: '', polarity: 'cost',
      summary: 'Country B bears an example cost.', outlet: 'Broadcaster B', speaker: '', speaker_role: '',
      quote: 'A paraphrase, in the outlet\'s own words, of what a source said; a cell with a comma is quoted.',
      kind: 'paraphrase', actor_kind: 'state', provider_kind: '', outlet_kind: 'broadcaster',
    },
  ]);
}
