import type { Dataset } from '../model/dataset';
import { parseDataset } from '../model/parseDataset';
import { csvToDataset } from './csvToDataset';
import { decodeText } from './decodeText';
import { explainDatasetErrors } from './explainDatasetErrors';
import type { ImportProblem } from './importProblem';
import { lineAndColumn, locateJsonError } from './locateJsonError';
import { maxEntries } from './maxEntries';
import { pruneUnknownFields } from './pruneUnknownFields';

/** Files over this are refused before a byte is read: no story needs more, and a tab would freeze. */
export const maxFileBytes = 10 * 1024 * 1024;
/** The report shows this many problems, and says how many there were in all. */
export const maxReportedProblems = 50;

/** What the pipeline needs of a file, a download or a stored copy (a `File` is one). */
export interface DatasetSource {
  readonly name: string;
  readonly size: number;
  /**
   * The size refused before reading, when not `maxFileBytes`: a stored copy, which the app wrote
   * itself, may be larger than the file it came from (JSON takes more room than CSV).
   */
  readonly maxBytes?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ImportOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly format: 'json' | 'csv'; readonly warnings: readonly ImportProblem[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[]; readonly total: number };

const problem = (code: string, place: string, message: string, hint?: string): ImportProblem =>
  hint === undefined ? { code, place, message, severity: 'error' } : { code, place, message, hint, severity: 'error' };

const failed = (problems: readonly ImportProblem[]): ImportOutcome => {
  const errors = problems.filter((p) => p.severity === 'error');
  const shown = [...errors, ...problems.filter((p) => p.severity === 'warning')];
  return { ok: false, problems: shown.slice(0, maxReportedProblems), total: shown.length };
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function looksLikeJson(name: string, text: string): boolean {
  if (/\.json$/i.test(name)) return true;
  if (/\.(csv|tsv|txt)$/i.test(name)) return false;
  return /^\s*[[{]/.test(text);
}

function readJson(text: string): { value: unknown } | { problems: ImportProblem[] } {
  const site = locateJsonError(text);
  if (site !== null) {
    const { line, column } = lineAndColumn(text, site.offset);
    const truncated = site.offset >= text.trimEnd().length;
    return {
      problems: [
        problem(
          truncated ? 'json-truncated' : 'json-syntax',
          `line ${line}, column ${column}`,
          truncated ? `The JSON ends too early: ${site.message}.` : `This is not valid JSON here: ${site.message}.`,
          truncated ? 'The file may be cut short: save or download it again.' : 'Fix the text at that place; an editor with JSON checking shows it too.',
        ),
      ],
    };
  }
  return { value: JSON.parse(text) as unknown };
}

/**
 * Files from before the format had versions (no `schemaVersion`) are version 1 in every other
 * respect: they are read as such, with a warning, so saving them again makes them current.
 */
function migrate(value: unknown): { value: unknown; warnings: ImportProblem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.hasOwn(value, 'schemaVersion')) return { value, warnings: [] };
  return {
    value: { ...(value as Record<string, unknown>), schemaVersion: 1 },
    warnings: [{ code: 'migrated', place: 'schemaVersion', message: 'The file names no schemaVersion, so it was read as version 1 (the first).', hint: 'Add "schemaVersion": 1, or export it again from here.', severity: 'warning' }],
  };
}

function tooManyEntries(value: unknown): ImportProblem | null {
  if (typeof value !== 'object' || value === null) return null;
  let count = 0;
  for (const list of ['actors', 'benefitTypes', 'outlets', 'speakers', 'claims']) {
    const items: unknown = Object.hasOwn(value, list) ? (value as Record<string, unknown>)[list] : undefined;
    if (Array.isArray(items)) count += items.length;
  }
  return count > maxEntries ? problem('too-many', 'the file', `The file lists ${count.toLocaleString('en')} entries; the most a story may have is ${maxEntries.toLocaleString('en')}.`, 'Split it into several stories.') : null;
}

function schemaVersionProblem(value: unknown): ImportProblem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('not-a-dataset', 'the file', 'The JSON is not a Who Gains dataset (it should be an object with "meta", "actors", "claims" …).');
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > 1)
    return problem('newer-schema', 'schemaVersion', `The file is schema version ${version}, made by a newer Who Gains; this one reads version 1.`, 'Open it with the newer version, or export it from there as version 1.');
  return null;
}

/**
 * The one way in for every dataset that is not bundled (a file, a download, a stored copy): size
 * check before reading, strict UTF-8, JSON or CSV, unknown fields set aside with a warning, then
 * the same `parseDataset` as the build. Nothing here touches the dataset on screen: the caller
 * swaps it in only on success.
 */
export async function readDataset(source: DatasetSource): Promise<ImportOutcome> {
  const limit = source.maxBytes ?? maxFileBytes;
  if (source.size > limit)
    return failed([problem('too-large', 'the file', `The file is ${megabytes(source.size)}; the limit is ${megabytes(limit)}.`, 'Split the story, or remove what it does not need.')]);
  if (source.size === 0) return failed([problem('empty', 'the file', 'The file is empty.')]);
  const decoded = decodeText(new Uint8Array(await source.arrayBuffer()));
  if (!decoded.ok) return failed([problem('encoding', 'the file', decoded.message, decoded.hint)]);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return failed([problem('empty', 'the file', 'The file has no text in it.')]);

  if (!looksLikeJson(source.name, text)) {
    const title = source.name.replace(/\.[^.]*$/, '').trim() || undefined;
    const csv = csvToDataset(text, title === undefined ? {} : { title });
    if (csv.input === null) return failed(csv.problems);
    const parsed = parseDataset(csv.input);
    if (!parsed.ok) return failed([...explainDatasetErrors(parsed.errors, csv.input), ...csv.problems]);
    return { ok: true, dataset: parsed.dataset, format: 'csv', warnings: csv.problems };
  }

  const json = readJson(text);
  if ('problems' in json) return failed(json.problems);
  const versionProblem = schemaVersionProblem(json.value) ?? tooManyEntries(json.value);
  if (versionProblem !== null) return failed([versionProblem]);
  const migrated = migrate(json.value);
  const pruned = pruneUnknownFields(migrated.value);
  const warnings = [...migrated.warnings, ...pruned.warnings];
  const parsed = parseDataset(pruned.value);
  if (!parsed.ok) return failed([...explainDatasetErrors(parsed.errors, pruned.value), ...warnings]);
  if (parsed.dataset.claims.length === 0)
    return failed([problem('no-claims', 'claims', 'The dataset has no claims, so there is nothing to draw.', 'Add at least one claim: who gains what, and who says so.')]);
  return { ok: true, dataset: parsed.dataset, format: 'json', warnings };
}
