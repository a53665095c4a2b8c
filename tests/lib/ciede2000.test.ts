import { describe, expect, it } from 'vitest';
import { ciede2000, hexToLab } from '../../src/lib/ciede2000';

/** Pairs and expected differences from Sharma, Wu and Dalal (2005), table 1. */
const sharma: [[number, number, number], [number, number, number], number][] = [
  [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
  [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
  [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
  [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
  [[50, 0, 0], [50, -1, 2], 2.3669],
  [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
  [[50, 2.5, 0], [73, 25, -18], 27.1492],
  [[50, 2.5, 0], [61, -5, 29], 22.8977],
  [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
  [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
];

describe('ciede2000', () => {
  it.each(sharma)('matches the published difference for %j and %j', (x, y, expected) => {
    const lab = ([l, a, b]: [number, number, number]) => ({ l, a, b });
    expect(ciede2000(lab(x), lab(y))).toBeCloseTo(expected, 4);
    expect(ciede2000(lab(y), lab(x))).toBeCloseTo(expected, 4);
  });

  it('converts sRGB to Lab', () => {
    const white = hexToLab('#ffffff');
    expect(white.l).toBeCloseTo(100, 3);
    expect(Math.abs(white.a) + Math.abs(white.b)).toBeLessThan(0.01);
    expect(hexToLab('#000000').l).toBeCloseTo(0, 6);
    const red = hexToLab('#ff0000');
    expect([red.l, red.a, red.b].map((v) => Math.round(v))).toEqual([53, 80, 67]);
  });
});
