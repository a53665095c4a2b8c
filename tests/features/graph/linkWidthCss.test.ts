import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkWidth, widestStep, widthStep } from '../../../src/theme/linkStyles';

const css = readFileSync(resolve(__dirname, '../../../src/features/graph/graph.css'), 'utf8');

describe('link widths in graph.css', () => {
  it('has a class for every width step, with the width linkWidth gives', () => {
    for (let step = 1; step <= widestStep; step++) {
      const rule = new RegExp(`\\.graph-link--weight-${step}\\s*\\{\\s*--link-width:\\s*([\\d.]+)px;\\s*\\}`).exec(css);
      expect(rule?.[1], `step ${step}`).toBeDefined();
      expect(Number(rule?.[1])).toBe(linkWidth(step));
    }
    expect(css).not.toMatch(new RegExp(`graph-link--weight-${widestStep + 1}`));
  });

  it('puts every weight on a step: more outlets than the widest are drawn as wide', () => {
    expect([1, 2, 5, 6, 40].map(widthStep)).toEqual([1, 2, 5, 5, 5]);
    expect(linkWidth(40)).toBe(linkWidth(widestStep));
  });
});
