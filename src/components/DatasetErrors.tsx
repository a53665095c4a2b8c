import type { DatasetError } from '../model/dataset';

/** Shown instead of the explorer when a dataset is invalid: every problem, with where it is. */
export function DatasetErrors({ source, errors }: { source: string; errors: readonly DatasetError[] }) {
  return (
    <main className="dataset-errors">
      <h1>This dataset cannot be shown</h1>
      <p>
        {source} has {errors.length} problem{errors.length === 1 ? '' : 's'}. Fix {errors.length === 1 ? 'it' : 'them'} and
        reload the page.
      </p>
      <ol className="dataset-errors__list">
        {errors.map((error, i) => (
          <li key={i}>
            <code>{error.path}</code>: {error.message}
          </li>
        ))}
      </ol>
    </main>
  );
}
