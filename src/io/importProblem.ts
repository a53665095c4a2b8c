/** One problem with an imported file: a stable code, where (`claims[12].beneficiary` or `line 14, column "quote"`), what is wrong, and how to fix it. */
export interface ImportProblem {
  readonly code: string;          // e.g. 'csv-unterminated-quote', 'csv-missing-column', 'csv-duplicate-column', 'csv-ragged-row', 'csv-empty', 'csv-no-rows', 'csv-bad-polarity', 'csv-conflicting-row', 'csv-unknown-column'
  readonly place: string;         // 'line 14, column "quote"', 'line 1', 'the file'
  readonly message: string;       // what is wrong, plain words, quoting the offending value (cut to 40 chars)
  readonly hint?: string;         // how to fix it
  readonly severity: 'error' | 'warning';
}
