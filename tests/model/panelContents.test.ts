import { describe, expect, it } from 'vitest';
import { describeSummary, nodeSummaries } from '../../src/model/nodeSummary';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters } from '../../src/model/filters';
import { panelContents } from '../../src/model/panelContents';
import { selectionDetail } from '../../src/model/selectionDetail';
import { bundledDataset } from '../fixtures/datasets';

const dataset = bundledDataset();
const panelOf = (kind: 'actor' | 'benefit', id: string) => {
  const detail = selectionDetail(dataset, noFilters, { kind, id });
  if (detail === undefined) throw new Error('no detail');
  return panelContents(detail);
};

describe('panelContents', () => {
  it('sums up an actor in one line and gives one row per benefit with its outlets', () => {
    const panel = panelOf('actor', 'north-korea');
    expect(panel.summary).toBe('Gains 7 benefits, cited by 7 outlets · provides 3 · no costs');
    expect(panel.sections.map((s) => s.title)).toEqual(['Gains', 'Provides']);
    const oil = panel.sections[0]?.rows.find((r) => r.label === 'Oil');
    expect(oil?.outlets.map((o) => o.name)).toEqual(['CNN', 'The Conversation']);
    expect(panelOf('actor', 'russia').summary).toBe('Gains 4 benefits, cited by 5 outlets · provides 7 · 2 costs');
  });

  it('quotes a citation shared by three claims once, and points to it from the other rows', () => {
    const gains = panelOf('actor', 'north-korea').sections[0]?.rows ?? [];
    const salisbury = gains.flatMap((row) =>
      row.citations.filter((c) => c.citation.speaker?.name === 'Daniel Salisbury').map((c) => ({ row: row.label, ...c })),
    );
    expect(salisbury.map((c) => [c.row, c.full])).toEqual([
      ['Oil', true],
      ['Food aid', false],
      ['Commodities', false],
    ]);
    expect(salisbury[0]?.alsoSupports).toEqual(['Food aid', 'Commodities']);
    expect(salisbury[1]?.shownUnder).toBe('Oil');
  });

  it('quotes each citation in full once in the whole panel, naming rows of other sections', () => {
    const panels = [
      ...dataset.actors.map((a) => panelOf('actor', a.id)),
      ...dataset.benefitTypes.map((b) => panelOf('benefit', b.id)),
    ];
    let crossSection = 0;
    for (const panel of panels) {
      const entries = panel.sections.flatMap((s) => s.rows.flatMap((r) => r.citations));
      const quotes = new Set(entries.map((c) => `${c.citation.outlet.id}|${c.citation.quote}`));
      expect(entries.filter((c) => c.full)).toHaveLength(quotes.size);
      crossSection += entries.filter((c) => c.alsoSupports.some((name) => name.endsWith(')'))).length;
    }
    expect(crossSection).toBeGreaterThan(0);
  });

  it('sums up a benefit type by who gains, provides and bears it', () => {
    expect(panelOf('benefit', 'strategic-leverage').summary).toBe(
      'Gained by 2 actors, cited by 3 outlets · provided by 2 · a cost to 1',
    );
  });
});

describe('node summaries', () => {
  it('count what each node gains, provides and costs, for the hover preview', () => {
    const summaries = nodeSummaries(deriveGraph(dataset, noFilters));
    expect(describeSummary('actor:north-korea', summaries.get('actor:north-korea'))).toBe('gains 7 · provides 3 · costs 0');
    expect(describeSummary('benefit:oil', summaries.get('benefit:oil'))).toBe('gained by 1 · provided by 1');
    expect(describeSummary('benefit:prestige', summaries.get('benefit:prestige'))).toBe('gained by 1 · provided by 1 · a cost to 1');
  });
});
