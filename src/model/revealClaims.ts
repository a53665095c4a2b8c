import { claimsAbout } from './claimsAbout';
import type { Dataset } from './dataset';
import type { Filters } from './filters';
import type { NodeRef } from './nodeId';

/**
 * The filters changed just enough to show every claim of `ref`: its benefit types are shown, and
 * a claim that no shown outlet cites gets its outlets back. Everything else stays hidden, so a
 * teacher's "hide CNN" lesson is not undone by looking at one node.
 */
export function revealClaims(dataset: Dataset, filters: Filters, ref: NodeRef): Filters {
  const claims = claimsAbout(dataset.claims, ref);
  const benefitTypes = new Set(claims.map((c) => c.benefitType));
  const outlets = new Set<string>();
  for (const claim of claims) {
    const cited = claim.citations.map((c) => c.outlet);
    if (cited.every((outlet) => filters.hiddenOutlets.has(outlet))) for (const outlet of cited) outlets.add(outlet);
  }
  return {
    hiddenBenefitTypes: new Set([...filters.hiddenBenefitTypes].filter((id) => !benefitTypes.has(id))),
    hiddenOutlets: new Set([...filters.hiddenOutlets].filter((id) => !outlets.has(id))),
  };
}
