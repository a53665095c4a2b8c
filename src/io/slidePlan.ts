import { citationKey } from '../model/citationKey';
import type { Dataset } from '../model/dataset';
import { describeHidden } from '../model/describeHidden';
import { visibleClaims, type Filters } from '../model/filters';
import type { Actor, Citation, Claim } from '../model/schema';

/** The view of the map an image slide shows: an actor selected (by id), or null for the whole map. */
export interface SlideImage {
  readonly selected: string | null;
}

export interface TitleSlide {
  readonly kind: 'title';
  readonly title: string;
  readonly articleTitle: string;
  readonly outlet: string;
  readonly author: string;
  /** What the filters hide ("CNN hidden"), or null: the audience cannot see the filters. */
  readonly hidden: string | null;
}

export interface MapSlide {
  readonly kind: 'map';
  readonly title: string;
  readonly image: SlideImage;
}

/** One claim about what an actor gains (or loses), as editable slide text. */
export interface SlideGain {
  readonly benefit: string;
  readonly polarity: 'gain' | 'cost';
  readonly summary: string;
  /** Who says so: "Victor Cha, The Wall Street Journal; The Week". */
  readonly sources: string;
}

export interface ActorSlide {
  readonly kind: 'actor';
  readonly actorId: string;
  readonly actorName: string;
  /** The actor's name, with "(1/2)" when its gains run over more than one slide. */
  readonly title: string;
  readonly image: SlideImage;
  readonly gains: readonly SlideGain[];
  /** Speaker notes: each claim's citations verbatim, one a line, under the claim's benefit. */
  readonly notes: string;
}

export interface SourceLine {
  readonly number: number;
  readonly text: string;
}

export interface SourcesSlide {
  readonly kind: 'sources';
  /** "Sources", or "Sources (2/3)" when the list runs over several slides. */
  readonly title: string;
  readonly lines: readonly SourceLine[];
}

export type Slide = TitleSlide | MapSlide | ActorSlide | SourcesSlide;
export type SlidePlan = readonly Slide[];

/**
 * How much body text fits on a slide, in lines of `charsPerLine` characters; each item (a gain, a
 * source) also takes `gapLines` of paragraph spacing. buildPptx sizes its text boxes and type to
 * match, so the plan can split long lists before they overflow. Checked by wrapping random text
 * in Arial's metrics (Liberation Sans): a full page fills at most about 90% of its box.
 */
export const bodyFit = {
  actor: { charsPerLine: 48, lines: 29, gapLines: 0.5 },
  sources: { charsPerLine: 140, lines: 28, gapLines: 0.4 },
} as const;

type Fit = (typeof bodyFit)[keyof typeof bodyFit];
const linesOf = (text: string, fit: Fit) => Math.max(1, Math.ceil(text.length / fit.charsPerLine));

/** Splits items into pages that each fit; an item too long for any page gets a page of its own. */
function paginate<T>(items: readonly T[], lines: (item: T) => number, fit: Fit): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const cost = lines(item) + fit.gapLines;
    if (page.length > 0 && used + cost > fit.lines) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += cost;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

const paged = (title: string, index: number, count: number) => (count === 1 ? title : `${title} (${index + 1}/${count})`);


// parseDataset has checked every reference, so the lookups below cannot miss; the ids are a fallback for the types.
const outletName = ({ index }: Dataset, c: Citation) => index.outlets.get(c.outlet)?.name ?? c.outlet;
const speakerOf = ({ index }: Dataset, c: Citation) => (c.speaker === undefined ? undefined : index.speakers.get(c.speaker));
const benefitOf = ({ index }: Dataset, claim: Claim) => index.benefitTypes.get(claim.benefitType)?.label ?? claim.benefitType;
/** The benefit as a gain's heading shows it, costs marked as such (buildPptx writes the same). */
const headingOf = (dataset: Dataset, claim: Claim) =>
  claim.polarity === 'cost' ? `${benefitOf(dataset, claim)} (cost)` : benefitOf(dataset, claim);

/** Who says so, as a gain lists its sources: "Victor Cha, The Wall Street Journal", or the outlet alone. */
function sourceName(dataset: Dataset, c: Citation): string {
  const speaker = speakerOf(dataset, c);
  return speaker === undefined ? outletName(dataset, c) : `${speaker.name}, ${outletName(dataset, c)}`;
}

/** `“quote” — Speaker (role), Outlet`; a paraphrase is the article's wording, so it gets no quotation marks. */
function citationText(dataset: Dataset, c: Citation): string {
  const speaker = speakerOf(dataset, c);
  const who = speaker === undefined ? '' : `${speaker.name}${speaker.role === undefined ? '' : ` (${speaker.role})`}, `;
  const words = c.kind === 'quote' ? `“${c.quote}”` : `Paraphrase: ${c.quote}`;
  return `${words} — ${who}${outletName(dataset, c)}`;
}

function toGain(dataset: Dataset, claim: Claim): SlideGain {
  return {
    benefit: benefitOf(dataset, claim),
    polarity: claim.polarity,
    summary: claim.summary,
    sources: [...new Set(claim.citations.map((c) => sourceName(dataset, c)))].join('; '),
  };
}

/** Each claim's citations in full under its heading, a blank line between claims. */
const notesOf = (dataset: Dataset, claims: readonly Claim[]) =>
  claims.map((claim) => [headingOf(dataset, claim), ...claim.citations.map((c) => citationText(dataset, c))].join('\n')).join('\n\n');

/** An actor's visible claims as a beneficiary, gains then costs (each in the dataset's order), split to fit. */
function splitGains(dataset: Dataset, claims: readonly Claim[], actor: Actor): Claim[][] {
  const own = claims.filter((c) => c.beneficiary === actor.id);
  const ordered = [...own.filter((c) => c.polarity === 'gain'), ...own.filter((c) => c.polarity === 'cost')];
  const fit = bodyFit.actor;
  const lines = (claim: Claim) =>
    linesOf(headingOf(dataset, claim), fit) + linesOf(claim.summary, fit) + linesOf(toGain(dataset, claim).sources, fit);
  return paginate(ordered, lines, fit);
}

/**
 * The slides for a story under filters: a title, the whole map, one slide per actor of
 * `actorOrder` that gains (or loses) something visible, then the sources those slides cite, numbered.
 */
export function planSlides(dataset: Dataset, filters: Filters, actorOrder: readonly string[]): SlidePlan {
  const claims = visibleClaims(dataset.claims, filters);
  const tour = [...new Set(actorOrder)].map((id) => dataset.index.actors.get(id)).filter((a): a is Actor => a !== undefined);
  const actorSlides = tour.flatMap((actor) => {
    const pages = splitGains(dataset, claims, actor);
    return pages.map((page, index) => ({
      claims: page,
      slide: {
        kind: 'actor',
        actorId: actor.id,
        actorName: actor.name,
        title: paged(actor.name, index, pages.length),
        image: { selected: actor.id },
        gains: page.map((claim) => toGain(dataset, claim)),
        notes: notesOf(dataset, page),
      } satisfies ActorSlide,
    }));
  });

  // Numbered in the order the deck first shows them.
  const numbered = new Map<string, SourceLine>();
  for (const c of actorSlides.flatMap((s) => s.claims.flatMap((claim) => claim.citations)))
    if (!numbered.has(citationKey(c))) numbered.set(citationKey(c), { number: numbered.size + 1, text: citationText(dataset, c) });
  const sourceLines = (line: SourceLine) => linesOf(`${line.number}. ${line.text}`, bodyFit.sources);
  const sourcePages = paginate([...numbered.values()], sourceLines, bodyFit.sources);

  const { meta } = dataset;
  return [
    {
      kind: 'title',
      title: meta.title,
      articleTitle: meta.article.title,
      outlet: meta.article.outlet,
      author: meta.article.author,
      hidden: describeHidden(dataset, filters),
    },
    { kind: 'map', title: 'The whole map', image: { selected: null } },
    ...actorSlides.map((s) => s.slide),
    ...sourcePages.map((lines, index): SourcesSlide => ({ kind: 'sources', title: paged('Sources', index, sourcePages.length), lines })),
  ];
}
