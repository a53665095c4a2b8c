import { describe, expect, it } from 'vitest';
import { ciede2000, hexToLab } from '../../src/lib/ciede2000';
import { benefitColour, benefitPalette, glyphInk, needsGlyphs } from '../../src/theme/palette';
import { bundledDataset } from '../fixtures/datasets';

describe('benefit palette', () => {
  it('keeps every pair of colours at least 20 apart in CIEDE2000', () => {
    const pairs: { pair: string; difference: number }[] = [];
    for (let i = 0; i < benefitPalette.length; i++)
      for (let j = i + 1; j < benefitPalette.length; j++)
        pairs.push({
          pair: `${benefitPalette[i]} ${benefitPalette[j]}`,
          difference: ciede2000(hexToLab(benefitPalette[i]!), hexToLab(benefitPalette[j]!)),
        });
    pairs.sort((a, b) => a.difference - b.difference);
    console.log(`Closest pairs (CIEDE2000): ${pairs.slice(0, 4).map((p) => `${p.pair} ${p.difference.toFixed(1)}`).join('; ')}`);
    expect(pairs.filter((p) => p.difference < 20)).toEqual([]);
    expect(pairs).toHaveLength((benefitPalette.length * (benefitPalette.length - 1)) / 2);
  });

  it('gives the bundled story a different colour for each of its benefit types, with no glyphs', () => {
    const types = bundledDataset().benefitTypes;
    expect(new Set(types.map((_, i) => benefitColour(i))).size).toBe(types.length);
    expect(needsGlyphs(types)).toBe(false);
  });

  it('asks for glyphs once colours would repeat', () => {
    const many = Array.from({ length: benefitPalette.length + 1 }, (_, i) => ({ id: `b${i}`, label: `B ${i}`, description: '.' }));
    expect(needsGlyphs(many)).toBe(true);
    expect(needsGlyphs(many.slice(1))).toBe(false);
  });

  it('picks a readable glyph ink for light and dark colours', () => {
    expect(glyphInk('#F0E442')).toBe('#000000');
    expect(glyphInk('#0072B2')).toBe('#ffffff');
  });
});
