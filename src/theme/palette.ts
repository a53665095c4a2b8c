import type { BenefitType } from '../model/schema';
import { nodeId } from '../model/nodeId';

/**
 * Paul Tol's "muted" qualitative scheme (nine colours told apart under the common colour-vision
 * deficiencies, plus his pale grey), then the blue of his "bright" scheme. Colour is never the
 * only cue: every benefit type is also labelled in the graph and in the filter list.
 */
const benefitPalette = [
  '#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE',
  '#882255', '#44AA99', '#999933', '#AA4499', '#DDDDDD', '#4477AA',
] as const;

/** The colour of the benefit type at `index` in its dataset. The one place colours are chosen. */
export function benefitColour(index: number): string {
  const n = benefitPalette.length;
  return benefitPalette[((index % n) + n) % n] as string;
}

/** Colours by graph node id, for every benefit type of a dataset. */
export function benefitColours(benefitTypes: readonly BenefitType[]): ReadonlyMap<string, string> {
  return new Map(benefitTypes.map((b, i) => [nodeId({ kind: 'benefit', id: b.id }), benefitColour(i)]));
}
