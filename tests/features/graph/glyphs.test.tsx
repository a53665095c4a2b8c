import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GraphView } from '../../../src/features/graph/GraphView';
import { parseDataset } from '../../../src/model/parseDataset';
import { createExplorerStore } from '../../../src/store/explorerStore';
import { benefitPalette } from '../../../src/theme/palette';
import { bundledStory, storyOf } from '../../fixtures/datasets';
import { syntheticDataset } from '../../fixtures/syntheticDataset';

const glyphs = (container: HTMLElement) => [...container.querySelectorAll('.graph-node__glyph')].map((g) => g.textContent);

describe('benefit glyphs', () => {
  it('mark each diamond once colours would repeat', () => {
    const result = parseDataset(syntheticDataset({ actors: 6, benefitTypes: benefitPalette.length + 1, outlets: 4, claims: 60 }));
    if (!result.ok) throw new Error('synthetic dataset is invalid');
    const { container } = render(<GraphView store={createExplorerStore(storyOf(result.dataset))} />);
    // Every shown benefit type has a mark of its own (each pill, full and short, carries it).
    const marks = [...container.querySelectorAll('[data-node-id^="benefit:"]')].map((n) => n.querySelector('.graph-node__glyph')?.textContent);
    expect(marks.length).toBeGreaterThan(benefitPalette.length - 3);
    expect(marks.every((m) => m !== undefined && m.length >= 2)).toBe(true);
    expect(new Set(marks).size).toBe(marks.length);
  });

  it('stay off while every benefit type has a colour of its own', () => {
    const { container } = render(<GraphView store={createExplorerStore(bundledStory())} />);
    expect(glyphs(container)).toEqual([]);
  });
});
