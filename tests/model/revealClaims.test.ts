import { describe, expect, it } from 'vitest';
import { revealClaims } from '../../src/model/revealClaims';
import { visibleClaims } from '../../src/model/filters';
import { claimsAbout } from '../../src/model/claimsAbout';
import { bundledDataset } from '../fixtures/datasets';

const dataset = bundledDataset();
const hide = (benefitTypes: string[], outlets: string[]) => ({
  hiddenBenefitTypes: new Set(benefitTypes),
  hiddenOutlets: new Set(outlets),
});

describe('revealClaims', () => {
  it('shows the benefit type and keeps a hidden outlet hidden when another outlet still cites the claim', () => {
    const next = revealClaims(dataset, hide(['oil', 'labor'], ['cnn']), { kind: 'benefit', id: 'oil' });
    expect([...next.hiddenBenefitTypes]).toEqual(['labor']);
    expect([...next.hiddenOutlets]).toEqual(['cnn']);
  });

  it('brings back the outlets of a claim that nothing shown cites, and only those', () => {
    const everyOutlet = dataset.outlets.map((o) => o.id);
    const next = revealClaims(dataset, hide([], everyOutlet), { kind: 'actor', id: 'iran' });
    // Iran's one claim (it provides Russia drones) rests on NPR alone.
    expect(everyOutlet.filter((id) => !next.hiddenOutlets.has(id))).toEqual(['npr']);
    const iranClaims = claimsAbout(dataset.claims, { kind: 'actor', id: 'iran' });
    expect(visibleClaims(iranClaims, next)).toHaveLength(iranClaims.length);
  });
});
