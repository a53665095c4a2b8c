import { describe, expect, it } from 'vitest';
import { lineLengths, maxLabelLines, nodeBox, outlineDistance, wrapLabel } from '../../src/layout/nodeGeometry';

describe('wrapLabel', () => {
  it('wraps at word boundaries, a long word keeping its own line', () => {
    expect(wrapLabel('Strategic leverage against the US')).toEqual(['Strategic leverage', 'against the US']);
    expect(wrapLabel('Telecommunications-infrastructure deal')).toEqual(['Telecommunications-infrastructure', 'deal']);
  });

  it('keeps a label of any length to three lines, ending what it leaves out with an ellipsis', () => {
    const lines = wrapLabel('word '.repeat(1000));
    expect(lines).toHaveLength(maxLabelLines);
    expect(lines.at(-1)).toMatch(/…$/);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(lineLengths.full);
  });

  it('cuts a word longer than two lines', () => {
    const [line, ...rest] = wrapLabel('x'.repeat(5000));
    expect(rest).toEqual([]);
    expect(line).toBe(`${'x'.repeat(2 * lineLengths.full - 1)}…`);
  });

  it('does not split a character made of two UTF-16 units when it cuts', () => {
    const [line] = wrapLabel('😀'.repeat(100));
    expect(Array.from(line ?? '')).toHaveLength(2 * lineLengths.full);
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('label geometry', () => {
  it('is the same for a 5,000-character name as for the part of it that is drawn', () => {
    const name = 'Ministry of '.repeat(420);
    const drawn = wrapLabel(name).join(' ').replace(/…$/, '');
    for (const kind of ['actor', 'benefit'] as const) {
      const long = nodeBox({ kind, label: name, shortLabel: 'Ministry of' });
      const short = nodeBox({ kind, label: `${drawn} more`, shortLabel: 'Ministry of' });
      expect(long).toEqual(short);
      expect(long.left + long.right).toBeLessThan(400);
    }
    expect(outlineDistance({ kind: 'benefit', label: name, shortLabel: 'Ministry of' }, 1, 0)).toBeLessThan(200);
  });
});
