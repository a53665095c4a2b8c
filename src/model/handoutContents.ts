import { citationViewKey } from './citationKey';
import type { Dataset } from './dataset';
import { describeHidden } from './describeHidden';
import { visibleClaims, type Filters } from './filters';
import type { Actor, BenefitType, Claim } from './schema';
import type { CitationView } from './selectionDetail';

/** One claim as the printed handout lists it, with the numbers of its sources. */
export interface HandoutClaim {
  readonly claim: Claim;
  readonly benefitType: BenefitType;
  readonly provider: Actor | undefined;
  /** Numbers in the handout's source list, in the order the claim cites them. */
  readonly sources: readonly number[];
}

/** The visible claims of one beneficiary. */
export interface HandoutGroup {
  readonly actor: Actor;
  readonly claims: readonly HandoutClaim[];
}

/** What the printed handout lists after the graph: the claims the filters leave, then their sources. */
export interface HandoutContents {
  /** By beneficiary, in the dataset's actor order; actors with no visible claim are left out. */
  readonly groups: readonly HandoutGroup[];
  /** Source N is `sources[N - 1]`: each distinct citation once, numbered as first cited. */
  readonly sources: readonly CitationView[];
  readonly shownClaims: number;
  readonly totalClaims: number;
  /** What the filters hide, e.g. "CNN hidden", or null: a reader of paper cannot see the filters. */
  readonly hidden: string | null;
}


/** The claims shown under these filters, grouped and with numbered sources. */
export function handoutContents(dataset: Dataset, filters: Filters): HandoutContents {
  const { actors, benefitTypes, outlets, speakers } = dataset.index;
  // parseDataset has checked every reference, so these lookups cannot miss.
  const must = <T>(value: T | undefined): T => value as T;
  const claims = visibleClaims(dataset.claims, filters);
  const numbers = new Map<string, number>();
  const sources: CitationView[] = [];
  const numberOf = (citation: CitationView): number => {
    const key = citationViewKey(citation);
    let number = numbers.get(key);
    if (number === undefined) {
      sources.push(citation);
      number = sources.length;
      numbers.set(key, number);
    }
    return number;
  };
  const groups: HandoutGroup[] = [];
  for (const actor of dataset.actors) {
    const own = claims.filter((c) => c.beneficiary === actor.id);
    if (own.length === 0) continue;
    groups.push({
      actor,
      claims: own.map((claim) => ({
        claim,
        benefitType: must(benefitTypes.get(claim.benefitType)),
        provider: claim.provider === undefined ? undefined : actors.get(claim.provider),
        sources: [
          ...new Set(
            claim.citations.map((c) =>
              numberOf({
                kind: c.kind,
                quote: c.quote,
                outlet: must(outlets.get(c.outlet)),
                speaker: c.speaker === undefined ? undefined : speakers.get(c.speaker),
              }),
            ),
          ),
        ],
      })),
    });
  }
  return {
    groups,
    sources,
    shownClaims: claims.length,
    totalClaims: dataset.claims.length,
    hidden: describeHidden(dataset, filters),
  };
}

/** Who is cited, as a list entry ends: "John Kirby, spokesperson, NPR", or the outlet alone. */
export function sourceAttribution(citation: CitationView): string {
  const { speaker, outlet } = citation;
  return [speaker?.name, speaker?.role, outlet.name].filter((part) => part !== undefined).join(', ');
}
