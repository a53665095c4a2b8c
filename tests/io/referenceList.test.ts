import { describe, expect, it } from 'vitest';
import { datasetToJson } from '../../src/io/datasetToJson';
import { referenceList } from '../../src/io/referenceList';
import { noFilters } from '../../src/model/filters';
import { parseDataset } from '../../src/model/parseDataset';
import { bundledDataset } from '../fixtures/datasets';

describe('referenceList', () => {
  it('numbers the sources the view shows, with who said them and where, then the article', () => {
    const dataset = bundledDataset();
    const all = referenceList(dataset, noFilters).split('\n');
    expect(all[0]).toMatch(/^1\. .+: (“.+”|Paraphrase: .+)$/);
    expect(all.at(-1)).toBe('As cited in “A North Korea-Russia alliance is about more than weapons”, The Week, by Brigid Kennedy.');
    const withoutCnn = referenceList(dataset, { hiddenBenefitTypes: new Set(), hiddenOutlets: new Set(['cnn']) });
    expect(withoutCnn.split('\n').length).toBeLessThan(all.length);
    expect(withoutCnn).not.toMatch(/, CNN:/);
    expect(referenceList(dataset, noFilters)).toMatch(/Victor Cha, .+, The Wall Street Journal: “This is the narrative of Putin and Kim/);
  });
});

describe('datasetToJson', () => {
  it('writes a file that parses back to the same dataset', () => {
    const dataset = bundledDataset();
    const text = datasetToJson(dataset);
    expect(text).not.toContain('"index"');
    const again = parseDataset(JSON.parse(text));
    expect(again.ok && again.dataset.claims).toEqual(dataset.claims);
  });
});
