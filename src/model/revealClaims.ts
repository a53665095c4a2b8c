import { claimsAbout } from './claimsAbout';
import type { Dataset } from './dataset';
import type { Filters } from './filters';
import type { NodeRef } from './nodeId';

/**
 * The filters with everything shown that the claims of `ref` need: their benefit types and the
 * outlets that cite them. Other hidden items stay hidden, so the reader's lesson is not undone.
 */
export function revealClaims(dataset: Dataset, filters: Filters, ref: NodeRef): Filters {
  const claims = claimsAbout(dataset.claims, ref);
  const benefitTypes = new Set(claims.map((c) => c.benefitType));
  const outlets = new Set(claims.flatMap((c) => c.citations.map((citation) => citation.outlet)));
  return {
    hiddenBenefitTypes: new Set([...filters.hiddenBenefitTypes].filter((id) => !benefitTypes.has(id))),
    hiddenOutlets: new Set([...filters.hiddenOutlets].filter((id) => !outlets.has(id))),
  };
}
