import { describe, expect, it } from 'vitest';
import { describeHidden } from '../../src/model/describeHidden';
import { bundledDataset } from '../fixtures/datasets';

const dataset = bundledDataset();
const hide = (outlets: string[], benefitTypes: string[] = []) => ({
  hiddenOutlets: new Set(outlets),
  hiddenBenefitTypes: new Set(benefitTypes),
});

describe('describeHidden', () => {
  it('names what the filters hide, briefly', () => {
    expect(describeHidden(dataset, hide([]))).toBeNull();
    expect(describeHidden(dataset, hide(['cnn']))).toBe('CNN hidden');
    expect(describeHidden(dataset, hide(['npr', 'cnn'], ['oil']))).toBe('NPR and CNN hidden · Oil hidden');
    expect(describeHidden(dataset, hide(['npr', 'cnn', 'newsweek']))).toBe('3 sources hidden');
  });
});
