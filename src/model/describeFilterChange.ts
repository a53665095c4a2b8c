import { plural } from './plural';
import type { Dataset } from './dataset';
import { visibleClaims, type Filters } from './filters';
import type { Claim } from './schema';

/** Claims named in full before "and N more". */
const listed = 3;


function added(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  return [...after].filter((id) => !before.has(id));
}

/** "CNN", "CNN and NPR", "3 sources". */
function names(ids: readonly string[], nameOf: (id: string) => string, noun: string): string {
  if (ids.length === 1) return nameOf(ids[0] as string);
  if (ids.length === 2) return `${nameOf(ids[0] as string)} and ${nameOf(ids[1] as string)}`;
  return plural(ids.length, noun);
}

/** What was switched: "Hiding CNN", "Showing Oil again", "Hiding 9 sources", or several at once. */
function subject(dataset: Dataset, before: Filters, after: Filters): string {
  const outlet = (id: string) => dataset.index.outlets.get(id)?.name ?? id;
  const benefit = (id: string) => dataset.index.benefitTypes.get(id)?.label ?? id;
  const parts = [
    { ids: added(before.hiddenOutlets, after.hiddenOutlets), verb: 'Hiding', again: '', name: outlet, noun: 'source' },
    { ids: added(after.hiddenOutlets, before.hiddenOutlets), verb: 'Showing', again: ' again', name: outlet, noun: 'source' },
    { ids: added(before.hiddenBenefitTypes, after.hiddenBenefitTypes), verb: 'Hiding', again: '', name: benefit, noun: 'benefit type' },
    { ids: added(after.hiddenBenefitTypes, before.hiddenBenefitTypes), verb: 'Showing', again: ' again', name: benefit, noun: 'benefit type' },
  ].filter((part) => part.ids.length > 0);
  if (parts.length !== 1) return 'Changing the filters';
  const [part] = parts as [(typeof parts)[number]];
  return `${part.verb} ${names(part.ids, part.name, part.noun)}${part.again}`;
}

/** "North Korea · Prestige": who gains (or bears) what. */
function claimName(dataset: Dataset, claim: Claim): string {
  const actor = dataset.index.actors.get(claim.beneficiary)?.name ?? claim.beneficiary;
  const benefit = dataset.index.benefitTypes.get(claim.benefitType)?.label ?? claim.benefitType;
  return `${actor} · ${benefit}`;
}

function claimList(dataset: Dataset, claims: readonly Claim[]): string {
  const shown = claims.slice(0, listed).map((c) => claimName(dataset, c));
  const more = claims.length - shown.length;
  return `${plural(claims.length, 'claim')} (${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}

const outletCount = (claim: Claim) => new Set(claim.citations.map((c) => c.outlet)).size;

/**
 * One sentence saying what a filter change did to the claims on screen, for the note under the
 * filters: "Hiding CNN removed 1 claim (North Korea · Prestige); 2 claims now rest on one
 * outlet." A claim that loses all its outlets is removed; one left with a single outlet is
 * counted, since that is the lesson on corroboration.
 */
export function describeFilterChange(dataset: Dataset, before: Filters, after: Filters): string {
  // Only claims about a switched benefit type or citing a switched outlet can change: a large
  // story has thousands of others.
  const switchedBenefits = new Set([...added(before.hiddenBenefitTypes, after.hiddenBenefitTypes), ...added(after.hiddenBenefitTypes, before.hiddenBenefitTypes)]);
  const switchedOutlets = new Set([...added(before.hiddenOutlets, after.hiddenOutlets), ...added(after.hiddenOutlets, before.hiddenOutlets)]);
  const touched = dataset.claims.filter((c) => switchedBenefits.has(c.benefitType) || c.citations.some((x) => switchedOutlets.has(x.outlet)));
  const was = new Map(visibleClaims(touched, before).map((c) => [c.id, c]));
  const now = new Map(visibleClaims(touched, after).map((c) => [c.id, c]));
  const removed = [...was.values()].filter((c) => !now.has(c.id));
  const restored = [...now.values()].filter((c) => !was.has(c.id));
  const thinned = [...now.values()].filter((c) => {
    const previous = was.get(c.id);
    return previous !== undefined && outletCount(c) === 1 && outletCount(previous) > 1;
  });
  const corroborated = [...now.values()].filter((c) => {
    const previous = was.get(c.id);
    return previous !== undefined && outletCount(c) > 1 && outletCount(previous) === 1;
  });

  const effects: string[] = [];
  if (removed.length > 0) effects.push(`removed ${claimList(dataset, removed)}`);
  if (restored.length > 0) effects.push(`brought back ${claimList(dataset, restored)}`);
  const what = subject(dataset, before, after);
  const nothing = what.startsWith('Hiding') ? 'removed nothing' : what.startsWith('Showing') ? 'brought back nothing' : 'changed nothing';
  let sentence = `${what} ${effects.length > 0 ? effects.join(' and ') : nothing}`;
  if (thinned.length > 0)
    sentence += `; ${plural(thinned.length, 'claim')} now ${thinned.length === 1 ? 'rests' : 'rest'} on one outlet`;
  if (corroborated.length > 0)
    sentence += `; ${plural(corroborated.length, 'claim')} ${corroborated.length === 1 ? 'has' : 'have'} more than one outlet again`;
  return `${sentence}.`;
}
