import { describe, expect, it } from 'vitest';
import { noFilters } from '../../src/model/filters';
import { handoutContents, sourceAttribution } from '../../src/model/handoutContents';
import { parseDataset } from '../../src/model/parseDataset';
import { bundledDataset, tinyDataset } from '../fixtures/datasets';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

const hiding = (outlets: string[] = [], benefitTypes: string[] = []) => ({
  hiddenOutlets: new Set(outlets),
  hiddenBenefitTypes: new Set(benefitTypes),
});

describe('handoutContents', () => {
  it('groups the claims by beneficiary in actor order and numbers each source as first cited', () => {
    const contents = handoutContents(tinyDataset(), noFilters);
    expect(contents.groups.map((g) => g.actor.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(contents.groups.map((g) => g.claims.map((c) => [c.claim.id, c.sources]))).toEqual([
      [['alpha-grain', [1, 2]]],
      [['beta-cash', [3]]],
      [['gamma-grain-cost', [4]]],
    ]);
    expect(contents.sources.map((s) => s.quote)).toEqual([
      'Grain will flow.',
      'Alpha is said to want grain.',
      'Cash changes hands.',
      'Gamma goes hungry.',
    ]);
    expect(contents.groups[0]?.claims[0]?.provider?.name).toBe('Beta');
    expect(contents.groups[0]?.claims[0]?.benefitType.label).toBe('Grain');
    expect(contents).toMatchObject({ shownClaims: 3, totalClaims: 3, hidden: null });
  });

  it('leaves out what the filters hide, and says what they hide', () => {
    const contents = handoutContents(tinyDataset(), hiding(['radio']));
    expect(contents.groups.map((g) => g.actor.name)).toEqual(['Alpha', 'Gamma']);
    expect(contents.groups[0]?.claims[0]?.sources).toEqual([1]);
    expect(contents.sources.map((s) => s.outlet.name)).toEqual(['The Daily', 'The Daily']);
    expect(contents).toMatchObject({ shownClaims: 2, totalClaims: 3, hidden: 'Radio One hidden' });
    expect(handoutContents(tinyDataset(), hiding([], ['grain'])).groups.map((g) => g.actor.name)).toEqual(['Beta']);
  });

  it('numbers a citation that supports several claims once', () => {
    const input = tinyDatasetInput();
    const shared = { outlet: 'daily', speaker: 'sam', kind: 'quote' as const, quote: 'Grain will flow.' };
    input.claims[2]?.citations.push({ ...shared });
    const result = parseDataset(input);
    if (!result.ok) throw new Error('fixture is invalid');
    const contents = handoutContents(result.dataset, noFilters);
    expect(contents.groups[2]?.claims[0]?.sources).toEqual([4, 1]);
    expect(contents.sources).toHaveLength(4);
  });

  it('lists every visible claim of the bundled story once, CNN hidden', () => {
    const dataset = bundledDataset();
    const contents = handoutContents(dataset, hiding(['cnn']));
    const listed = contents.groups.flatMap((g) => g.claims.map((c) => c.claim.id));
    expect(listed).toHaveLength(dataset.claims.length - 1);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).not.toContain('north-korea-prestige-from-russia');
    expect(contents.sources.map((s) => s.outlet.id)).not.toContain('cnn');
    // Every number a claim cites is in the list, and every listed source is cited.
    const cited = new Set(contents.groups.flatMap((g) => g.claims.flatMap((c) => c.sources)));
    expect([...cited].sort((a, b) => a - b)).toEqual(contents.sources.map((_, i) => i + 1));
  });
});

describe('sourceAttribution', () => {
  it('names the speaker and role when the article gives them, then the outlet', () => {
    const [quoted, paraphrased] = handoutContents(tinyDataset(), noFilters).sources;
    if (quoted === undefined || paraphrased === undefined) throw new Error('expected two sources');
    expect(sourceAttribution(quoted)).toBe('Sam Speaker, analyst, The Daily');
    expect(sourceAttribution(paraphrased)).toBe('Radio One');
    expect(sourceAttribution({ ...quoted, speaker: { id: 'x', name: 'Ann' } })).toBe('Ann, The Daily');
  });
});
