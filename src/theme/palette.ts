import type { BenefitType } from '../model/schema';
import { nodeId } from '../model/nodeId';

/**
 * Benefit colours: Okabe and Ito's eight (made for colour-vision deficiencies), then four more
 * chosen to keep every pair at least 20 apart in CIEDE2000 (the smallest pair is 21.7; see
 * tests/theme/palette.test.ts and the README). Colour is never the only cue: every benefit type
 * is labelled in the graph and in the filter list, and when a dataset has more types than
 * colours, diamonds also carry an abbreviation (see `needsGlyphs`).
 */
export const benefitPalette = [
  '#D55E00', '#0072B2', '#E69F00', '#009E73', '#000000', '#CC79A7',
  '#F0E442', '#555500', '#661199', '#56B4E9', '#880022', '#BBFFEE',
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

/** Whether colours repeat in this dataset, so diamonds must carry a glyph to tell types apart. */
export function needsGlyphs(benefitTypes: readonly BenefitType[]): boolean {
  return benefitTypes.length > benefitPalette.length;
}

/** Light colours take dark glyphs and dark colours light ones (WCAG relative luminance). */
export function glyphInk(colour: string): string {
  const n = Number.parseInt(colour.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.18 ? '#000000' : '#ffffff';
}
