import type { Actor, BenefitType, Outlet } from './schema';
import { shortLabel } from './shortLabel';
import type { CitationView, ClaimGroup, ClaimView, SelectionDetail } from './selectionDetail';

/** One citation as a panel row lists it: in full where it first appears, else as a pointer there. */
export interface PanelCitation {
  readonly citation: CitationView;
  /** Shown in full here (the first row of its section that it supports), or only referred to. */
  readonly full: boolean;
  /** Where it is shown in full: the label of that row. */
  readonly shownUnder: string;
  /** The other rows of the section it also supports, by label. */
  readonly alsoSupports: readonly string[];
}

/** One compact row: a benefit type (in an actor's panel) or an actor (in a benefit type's). */
export interface PanelRow {
  readonly key: string;
  readonly label: string;
  /** A prefix of the label for tight spaces (see shortLabel). */
  readonly shortLabel: string;
  /** Distinct outlets, in the order their citations come. */
  readonly outlets: readonly Outlet[];
  readonly claims: readonly ClaimView[];
  readonly citations: readonly PanelCitation[];
}

export interface PanelSection {
  readonly title: string;
  readonly rows: readonly PanelRow[];
}

export interface PanelContents {
  readonly heading: string;
  readonly description: string;
  /** "Gains 7 benefits, cited by 7 outlets · provides 3 · no costs". */
  readonly summary: string;
  /** Sections with at least one row; the summary already says what is empty. */
  readonly sections: readonly PanelSection[];
  /** Rows in all sections: a panel with one row opens it. */
  readonly rowCount: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const citationKey = (c: CitationView) => `${c.outlet.id}|${c.speaker?.id ?? ''}|${c.kind}|${c.quote}`;

function outletsOf(claims: readonly ClaimView[]): Outlet[] {
  const seen = new Map<string, Outlet>();
  for (const claim of claims) for (const c of claim.citations) if (!seen.has(c.outlet.id)) seen.set(c.outlet.id, c.outlet);
  return [...seen.values()];
}

function section<Key extends BenefitType | Actor>(
  title: string,
  groups: readonly ClaimGroup<Key>[],
  labelOf: (key: Key) => string,
): PanelSection {
  // Which rows each citation supports, so that it is quoted once and pointed to elsewhere.
  const rowsOf = new Map<string, string[]>();
  for (const group of groups) {
    const label = labelOf(group.key);
    for (const claim of group.claims)
      for (const c of claim.citations) {
        const rows = rowsOf.get(citationKey(c)) ?? [];
        if (!rows.includes(label)) rows.push(label);
        rowsOf.set(citationKey(c), rows);
      }
  }
  const rows = groups.map((group): PanelRow => {
    const label = labelOf(group.key);
    const seen = new Set<string>();
    const citations: PanelCitation[] = [];
    for (const claim of group.claims)
      for (const c of claim.citations) {
        const key = citationKey(c);
        if (seen.has(key)) continue;
        seen.add(key);
        const supports = rowsOf.get(key) ?? [label];
        const shownUnder = supports[0] ?? label;
        citations.push({ citation: c, full: shownUnder === label, shownUnder, alsoSupports: supports.filter((l) => l !== label) });
      }
    return { key: group.key.id, label, shortLabel: shortLabel(label), outlets: outletsOf(group.claims), claims: group.claims, citations };
  });
  return { title, rows };
}

const claimsOf = (groups: readonly ClaimGroup<unknown>[]) => groups.flatMap((g) => g.claims);

/**
 * What the detail panel shows, compact: a one-line summary, then one row per benefit type (or
 * actor) with its outlets, its claims and their citations, each citation quoted once.
 */
export function panelContents(detail: SelectionDetail): PanelContents {
  const benefitLabel = (b: BenefitType) => b.label;
  const actorName = (a: Actor) => a.name;
  if (detail.kind === 'actor') {
    const outlets = outletsOf(claimsOf(detail.gains)).length;
    const summary = [
      detail.gains.length === 0
        ? 'Gains nothing'
        : `Gains ${plural(detail.gains.length, 'benefit')}, cited by ${plural(outlets, 'outlet')}`,
      detail.provides.length === 0 ? 'provides nothing' : `provides ${detail.provides.length}`,
      detail.costs.length === 0 ? 'no costs' : plural(detail.costs.length, 'cost'),
    ].join(' · ');
    const sections = [
      section('Gains', detail.gains, benefitLabel),
      section('Provides', detail.provides, benefitLabel),
      section('Costs', detail.costs, benefitLabel),
    ].filter((s) => s.rows.length > 0);
    return finish(detail.actor.name, detail.actor.description, summary, sections);
  }
  const outlets = outletsOf(claimsOf(detail.gainedBy)).length;
  const summary = [
    detail.gainedBy.length === 0
      ? 'Gained by nobody'
      : `Gained by ${plural(detail.gainedBy.length, 'actor')}, cited by ${plural(outlets, 'outlet')}`,
    detail.providedBy.length === 0 ? 'provided by nobody' : `provided by ${detail.providedBy.length}`,
    detail.costTo.length === 0 ? 'no costs' : `a cost to ${detail.costTo.length}`,
  ].join(' · ');
  const sections = [
    section('Who gains', detail.gainedBy, actorName),
    section('Who provides', detail.providedBy, actorName),
    section('Who bears a cost', detail.costTo, actorName),
  ].filter((s) => s.rows.length > 0);
  return finish(detail.benefitType.label, detail.benefitType.description, summary, sections);
}

function finish(heading: string, description: string, summary: string, sections: PanelSection[]): PanelContents {
  return { heading, description, summary, sections, rowCount: sections.reduce((n, s) => n + s.rows.length, 0) };
}
