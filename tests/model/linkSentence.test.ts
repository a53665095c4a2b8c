import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters } from '../../src/model/filters';
import { linkSentence, listInWords } from '../../src/model/linkSentence';
import { bundledDataset } from '../fixtures/datasets';

const dataset = bundledDataset();
const graph = deriveGraph(dataset, noFilters);
const sentence = (id: string) => linkSentence(graph.links.find((l) => l.id === id)!, dataset);

describe('linkSentence', () => {
  it('says who gains what from whom, and which outlets say so', () => {
    expect(sentence('gains|actor:north-korea|benefit:oil')).toBe('North Korea gains Oil from Russia, cited by CNN and The Conversation, 2 outlets');
  });

  it('says a provision with its beneficiaries', () => {
    expect(sentence('provides|actor:russia|benefit:oil')).toMatch(/^Russia provides Oil to North Korea, cited by /);
  });

  it('joins names as a sentence does', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['CNN'])).toBe('CNN');
    expect(listInWords(['CNN', 'NPR'])).toBe('CNN and NPR');
    expect(listInWords(['CNN', 'NPR', 'The Week'])).toBe('CNN, NPR and The Week');
  });
});
