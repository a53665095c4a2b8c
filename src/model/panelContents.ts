import { plural } from './plural';
import { citationViewKey } from './citationKey';
import type { Actor, BenefitType, Outlet } from './schema';
import { shortLabel } from './shortLabel';
import type { CitationView, ClaimGroup, ClaimView, SelectionDetail } from './selectionDetail';

/** One citation as a panel row lists it: in full where it first appears, else as a pointer there. */
export interface PanelCitation {
  readonly citation: CitationView;
  /** Shown in full here (the first row of the panel that it supports), or only referred to. */
  readonly full: boolean;
  /** Where it is shown in full: that row's label, with its section if it is in another one. */
  readonly shownUnder: string;
  /** The other rows it also supports, named the same way. */
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

/** What a section's claims are: gains, what is provided to others, or costs. */
export type PanelRelation = 'gains' | 'provides' | 'costs';

export interface PanelSection {
  readonly title: string;
  readonly relation: PanelRelation;
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


function outletsOf(claims: readonly ClaimView[]): Outlet[] {
  const seen = new Map<string, Outlet>();
  for (const claim of claims) for (const c of claim.citations) if (!seen.has(c.outlet.id)) seen.set(c.outlet.id, c.outlet);
  return [...seen.values()];
}

interface SectionSpec<Key extends BenefitType | Actor> {
  readonly title: string;
  readonly relation: PanelRelation;
  readonly groups: readonly ClaimGroup<Key>[];
  readonly labelOf: (key: Key) => string;
}

/** A row as other rows name it: its label, with its section when that differs ("Labor (provides)"). */
interface RowName {
  readonly id: string;
  readonly section: string;
  readonly label: string;
}

/**
 * The panel's sections, each citation quoted in full once across all of them (under the first
 * row it supports) and pointed to from the others. Rows are told apart by section and key, since
 * one benefit type can be both gained and provided by the same actor.
 */
function sections<Key extends BenefitType | Actor>(specs: readonly SectionSpec<Key>[]): PanelSection[] {
  const rowsOf = new Map<string, RowName[]>();
  for (const { title, groups, labelOf } of specs)
    for (const group of groups) {
      const row = { id: `${title}|${group.key.id}`, section: title, label: labelOf(group.key) };
      for (const claim of group.claims)
        for (const c of claim.citations) {
          const rows = rowsOf.get(citationViewKey(c)) ?? [];
          if (!rows.some((r) => r.id === row.id)) rows.push(row);
          rowsOf.set(citationViewKey(c), rows);
        }
    }
  return specs
    .map(({ title, relation, groups, labelOf }): PanelSection => {
      const nameFrom = (r: RowName) => (r.section === title ? r.label : `${r.label} (${r.section.toLowerCase()})`);
      const rows = groups.map((group): PanelRow => {
        const id = `${title}|${group.key.id}`;
        const label = labelOf(group.key);
        const seen = new Set<string>();
        const citations: PanelCitation[] = [];
        for (const claim of group.claims)
          for (const c of claim.citations) {
            const key = citationViewKey(c);
            if (seen.has(key)) continue;
            seen.add(key);
            const supports = rowsOf.get(key) ?? [];
            const first = supports[0];
            citations.push({
              citation: c,
              full: first === undefined || first.id === id,
              shownUnder: first === undefined ? label : nameFrom(first),
              alsoSupports: supports.filter((r) => r.id !== id).map(nameFrom),
            });
          }
        return { key: group.key.id, label, shortLabel: shortLabel(label), outlets: outletsOf(group.claims), claims: group.claims, citations };
      });
      return { title, relation, rows };
    })
    .filter((s) => s.rows.length > 0);
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
    return finish(detail.actor.name, detail.actor.description, summary, sections([
      { title: 'Gains', relation: 'gains', groups: detail.gains, labelOf: benefitLabel },
      { title: 'Provides', relation: 'provides', groups: detail.provides, labelOf: benefitLabel },
      { title: 'Costs', relation: 'costs', groups: detail.costs, labelOf: benefitLabel },
    ]));
  }
  const outlets = outletsOf(claimsOf(detail.gainedBy)).length;
  const summary = [
    detail.gainedBy.length === 0
      ? 'Gained by nobody'
      : `Gained by ${plural(detail.gainedBy.length, 'actor')}, cited by ${plural(outlets, 'outlet')}`,
    detail.providedBy.length === 0 ? 'provided by nobody' : `provided by ${detail.providedBy.length}`,
    detail.costTo.length === 0 ? 'no costs' : `a cost to ${detail.costTo.length}`,
  ].join(' · ');
  return finish(detail.benefitType.label, detail.benefitType.description, summary, sections([
    { title: 'Who gains', relation: 'gains', groups: detail.gainedBy, labelOf: actorName },
    { title: 'Who provides', relation: 'provides', groups: detail.providedBy, labelOf: actorName },
    { title: 'Who bears a cost', relation: 'costs', groups: detail.costTo, labelOf: actorName },
  ]));
}

function finish(heading: string, description: string, summary: string, sections: PanelSection[]): PanelContents {
  return { heading, description, summary, sections, rowCount: sections.reduce((n, s) => n + s.rows.length, 0) };
}
