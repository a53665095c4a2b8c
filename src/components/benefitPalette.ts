/**
 * Paul Tol's "muted" qualitative scheme: nine colours told apart under the common colour-vision
 * deficiencies, plus his pale grey as a tenth. Colour is never the only cue: every benefit type
 * is also labelled in the graph and in the filter list.
 */
const tolMuted = [
  '#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE',
  '#882255', '#44AA99', '#999933', '#AA4499', '#DDDDDD',
] as const;

/** A stable colour per benefit type, by its position in the dataset. */
export function benefitColour(index: number): string {
  return tolMuted[((index % tolMuted.length) + tolMuted.length) % tolMuted.length] as string;
}
