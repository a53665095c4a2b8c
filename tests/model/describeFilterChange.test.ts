import { describe, expect, it } from 'vitest';
import { describeFilterChange } from '../../src/model/describeFilterChange';
import { noFilters, type Filters } from '../../src/model/filters';
import { bundledDataset } from '../fixtures/datasets';

const dataset = bundledDataset();
const hide = (outlets: string[] = [], benefitTypes: string[] = []): Filters => ({
  hiddenOutlets: new Set(outlets),
  hiddenBenefitTypes: new Set(benefitTypes),
});

describe('describeFilterChange', () => {
  it('says what hiding an outlet removed and what now rests on one outlet', () => {
    expect(describeFilterChange(dataset, noFilters, hide(['cnn']))).toBe(
      'Hiding CNN removed 1 claim (North Korea · Prestige / looking less isolated); 2 claims now rest on one outlet.',
    );
  });

  it('says what showing an outlet again brought back', () => {
    expect(describeFilterChange(dataset, hide(['cnn']), noFilters)).toBe(
      'Showing CNN again brought back 1 claim (North Korea · Prestige / looking less isolated); 2 claims have more than one outlet again.',
    );
  });

  it('says when hiding removed nothing', () => {
    // The Wall Street Journal's claims all have a second outlet.
    expect(describeFilterChange(dataset, noFilters, hide(['the-wall-street-journal']))).toBe(
      'Hiding The Wall Street Journal removed nothing; 1 claim now rests on one outlet.',
    );
    expect(describeFilterChange(dataset, hide(['npr']), hide(['npr', 'the-wall-street-journal', 'newsweek'], []))).toMatch(
      /^Hiding The Wall Street Journal and Newsweek removed nothing/,
    );
  });

  it('says what hiding and showing a benefit type did', () => {
    expect(describeFilterChange(dataset, noFilters, hide([], ['oil']))).toBe('Hiding Oil removed 1 claim (North Korea · Oil).');
    expect(describeFilterChange(dataset, hide([], ['oil']), noFilters)).toBe('Showing Oil again brought back 1 claim (North Korea · Oil).');
  });

  it('names three claims and counts the rest when many go at once', () => {
    const every = dataset.outlets.map((o) => o.id);
    expect(describeFilterChange(dataset, noFilters, hide(every))).toBe(
      'Hiding 9 sources removed 14 claims (Russia · Munitions (artillery ammunition), Russia · Drones, Russia · Labor and 11 more).',
    );
  });
});
