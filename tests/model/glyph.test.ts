import { describe, expect, it } from 'vitest';
import { glyph, glyphs } from '../../src/model/glyph';

describe('glyph', () => {
  it('abbreviates a benefit type for its diamond', () => {
    expect(glyph('Hard currency')).toBe('HC');
    expect(glyph('Oil')).toBe('Oi');
    expect(glyph('Munitions (artillery ammunition)')).toBe('MA');
    expect(glyph('Prestige / looking less isolated')).toBe('PL');
  });

  it('never gives two benefit types the same mark', () => {
    expect(glyphs(['Food aid', 'Foreign aid', 'Fuel', 'Fuel'])).toEqual(['FA', 'Fo', 'Fu', 'Fe']);
    const many = glyphs(Array.from({ length: 40 }, (_, i) => `Benefit type ${i}`));
    expect(new Set(many).size).toBe(40);
  });
});
