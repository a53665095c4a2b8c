import type { Dataset } from './dataset';
import type { Filters } from './filters';

function list(names: readonly string[], noun: string): string | null {
  if (names.length === 0) return null;
  if (names.length <= 2) return `${names.join(' and ')} hidden`;
  return `${names.length} ${noun} hidden`;
}

/**
 * What the filters hide, in a few words for a caption: "CNN hidden", "CNN and NPR hidden ·
 * Oil hidden", "5 sources hidden"; null when nothing is.
 */
export function describeHidden(dataset: Dataset, filters: Filters): string | null {
  const outlets = dataset.outlets.filter((o) => filters.hiddenOutlets.has(o.id)).map((o) => o.name);
  const benefits = dataset.benefitTypes.filter((b) => filters.hiddenBenefitTypes.has(b.id)).map((b) => b.label);
  const parts = [list(outlets, 'sources'), list(benefits, 'benefit types')].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join(' · ');
}
