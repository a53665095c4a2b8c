import { describe, expect, it } from 'vitest';
import { linkPath } from '../../src/layout/linkPath';
import { wrapLabel } from '../../src/layout/nodeGeometry';

describe('linkPath', () => {
  it('draws a straight line trimmed to the node edges', () => {
    expect(linkPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 20)).toBe('M10,0L80,0');
  });

  it('bows a bent link to one side, and the reverse direction to the other', () => {
    const there = linkPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 0, 20);
    const back = linkPath({ x: 100, y: 0 }, { x: 0, y: 0 }, 0, 0, 20);
    expect(there).toBe('M0,0Q50,20 100,0');
    expect(back).toBe('M100,0Q50,-20 0,0');
  });

  it('survives two nodes at the same place', () => {
    expect(linkPath({ x: 5, y: 5 }, { x: 5, y: 5 }, 3, 3)).not.toContain('NaN');
  });
});

describe('wrapLabel', () => {
  it('wraps long labels at word boundaries and keeps short ones whole', () => {
    expect(wrapLabel('Oil')).toEqual(['Oil']);
    expect(wrapLabel('Strategic leverage against the US')).toEqual(['Strategic leverage', 'against the US']);
    expect(wrapLabel('Supercalifragilisticexpialidocious x')).toEqual(['Supercalifragilisticexpialidocious', 'x']);
  });
});
