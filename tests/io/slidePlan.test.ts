import { describe, expect, it } from 'vitest';
import { bodyFit, planSlides, type ActorSlide, type Slide, type SlidePlan, type SourcesSlide } from '../../src/io/slidePlan';
import type { Dataset } from '../../src/model/dataset';
import { noFilters, type Filters } from '../../src/model/filters';
import { parseDataset } from '../../src/model/parseDataset';
import type { DatasetInput } from '../../src/model/schema';
import { bundledDataset, tinyDataset } from '../fixtures/datasets';
import { syntheticDataset } from '../fixtures/syntheticDataset';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

const actorSlides = (plan: SlidePlan) => plan.filter((s): s is ActorSlide => s.kind === 'actor');
const sourcesSlides = (plan: SlidePlan) => plan.filter((s): s is SourcesSlide => s.kind === 'sources');
const actorIds = (plan: SlidePlan) => [...new Set(actorSlides(plan).map((s) => s.actorId))];
const actorOrder = (dataset: Dataset) => dataset.actors.map((a) => a.id);
const hiding = (hidden: Partial<Filters>): Filters => ({ ...noFilters, ...hidden });
/** The citation lines of the notes, without the benefit headings and blank lines between claims. */
const citationLines = (slide: ActorSlide) => slide.notes.split('\n').filter((l) => l.startsWith('“') || l.startsWith('Paraphrase: '));

function mustParse(input: DatasetInput): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe('planSlides', () => {
  it('plans the tiny story in full: title, map, one slide per beneficiary, numbered sources', () => {
    const dataset = tinyDataset();
    expect(planSlides(dataset, noFilters, actorOrder(dataset))).toEqual<Slide[]>([
      { kind: 'title', title: 'Tiny', articleTitle: 'An article', outlet: 'The Paper', author: 'A. Writer', hidden: null },
      { kind: 'map', title: 'The whole map', image: { selected: null } },
      {
        kind: 'actor',
        actorId: 'alpha',
        actorName: 'Alpha',
        title: 'Alpha',
        image: { selected: 'alpha' },
        gains: [{ benefit: 'Grain', polarity: 'gain', summary: 'Alpha gets grain from Beta.', sources: 'Sam Speaker, The Daily; Radio One' }],
        notes: 'Grain\n“Grain will flow.” — Sam Speaker (analyst), The Daily\nParaphrase: Alpha is said to want grain. — Radio One',
      },
      {
        kind: 'actor',
        actorId: 'beta',
        actorName: 'Beta',
        title: 'Beta',
        image: { selected: 'beta' },
        gains: [{ benefit: 'Cash', polarity: 'gain', summary: 'Beta is paid.', sources: 'Radio One' }],
        notes: 'Cash\n“Cash changes hands.” — Radio One',
      },
      {
        kind: 'actor',
        actorId: 'gamma',
        actorName: 'Gamma',
        title: 'Gamma',
        image: { selected: 'gamma' },
        gains: [{ benefit: 'Grain', polarity: 'cost', summary: 'Gamma loses grain.', sources: 'The Daily' }],
        notes: 'Grain (cost)\nParaphrase: Gamma goes hungry. — The Daily',
      },
      {
        kind: 'sources',
        title: 'Sources',
        lines: [
          { number: 1, text: '“Grain will flow.” — Sam Speaker (analyst), The Daily' },
          { number: 2, text: 'Paraphrase: Alpha is said to want grain. — Radio One' },
          { number: 3, text: '“Cash changes hands.” — Radio One' },
          { number: 4, text: 'Paraphrase: Gamma goes hungry. — The Daily' },
        ],
      },
    ]);
  });

  it('steps through the actors in the order given, skipping unknown ids, repeats and actors who gain nothing', () => {
    const dataset = bundledDataset();
    const plan = planSlides(dataset, noFilters, ['nobody', 'united-states', 'iran', 'russia', 'north-korea', 'russia']);
    expect(plan.slice(0, 2).map((s) => s.kind)).toEqual(['title', 'map']);
    // Iran only provides, so it gains nothing to show.
    expect(actorIds(plan)).toEqual(['united-states', 'russia', 'north-korea']);
    const kinds = plan.map((s) => s.kind);
    expect(kinds.lastIndexOf('actor')).toBeLessThan(kinds.indexOf('sources'));
    expect(kinds.at(-1)).toBe('sources');
    for (const slide of actorSlides(plan)) {
      expect(slide.image).toEqual({ selected: slide.actorId });
      expect(slide.title.startsWith(slide.actorName)).toBe(true);
    }
  });

  it("shows each claim's benefit and summary, and its sources as “Speaker, Outlet”", () => {
    const dataset = bundledDataset();
    const gains = actorSlides(planSlides(dataset, noFilters, ['russia'])).flatMap((s) => s.gains);
    const ownClaims = dataset.claims.filter((c) => c.beneficiary === 'russia');
    expect(gains.map((g) => g.summary).sort()).toEqual(ownClaims.map((c) => c.summary).sort());
    const leverage = gains.find((g) => g.benefit === 'Strategic leverage against the US');
    expect(leverage?.sources).toBe('The Week; Victor Cha, The Wall Street Journal');
    // Costs come after the gains, marked as costs.
    const polarities = gains.map((g) => g.polarity);
    expect(polarities).toEqual([...polarities].sort((a, b) => (a === b ? 0 : a === 'gain' ? -1 : 1)));
    expect(polarities).toContain('cost');
  });

  it('quotes verbatim in the notes, and only what the slide shows', () => {
    const dataset = bundledDataset();
    const quotes = new Set(dataset.claims.flatMap((c) => c.citations.filter((x) => x.kind === 'quote').map((x) => x.quote)));
    const paraphrases = new Set(dataset.claims.flatMap((c) => c.citations.filter((x) => x.kind === 'paraphrase').map((x) => x.quote)));
    const slides = actorSlides(planSlides(dataset, noFilters, actorOrder(dataset)));
    let quoted = 0;
    for (const slide of slides) {
      const lines = citationLines(slide);
      const claims = dataset.claims.filter((c) => slide.gains.some((g) => g.summary === c.summary));
      expect(lines).toHaveLength(claims.reduce((n, c) => n + c.citations.length, 0));
      for (const line of lines) {
        const quote = /^“(.+)” — (.+)$/.exec(line);
        if (quote === null) expect(paraphrases).toContain(/^Paraphrase: (.+) — [^—]+$/.exec(line)?.[1]);
        else {
          quoted += 1;
          expect(quotes).toContain(quote[1]);
        }
      }
    }
    expect(quoted).toBeGreaterThan(10);
    const kirby = slides.flatMap(citationLines).find((l) => l.includes('John Kirby'));
    expect(kirby).toMatch(/^“.+” — John Kirby \(spokesperson\), NPR$/);
  });

  it('lists every citation shown in the deck once, numbered in order', () => {
    const dataset = bundledDataset();
    const plan = planSlides(dataset, noFilters, actorOrder(dataset));
    const lines = sourcesSlides(plan).flatMap((s) => s.lines);
    expect(lines.map((l) => l.number)).toEqual(lines.map((_, i) => i + 1));
    expect(new Set(lines.map((l) => l.text)).size).toBe(lines.length);
    expect(new Set(lines.map((l) => l.text))).toEqual(new Set(actorSlides(plan).flatMap(citationLines)));
  });

  it('leaves out what the filters hide, and says so on the title slide', () => {
    const dataset = bundledDataset();
    const plan = planSlides(dataset, hiding({ hiddenOutlets: new Set(['cnn']) }), actorOrder(dataset));
    expect(plan[0]).toMatchObject({ kind: 'title', hidden: 'CNN hidden' });
    const northKorea = actorSlides(plan).filter((s) => s.actorId === 'north-korea');
    const text = JSON.stringify([northKorea, sourcesSlides(plan)]);
    expect(text).not.toContain('CNN');
    // Prestige rests on CNN alone, so it goes; oil keeps The Conversation.
    const benefits = northKorea.flatMap((s) => s.gains.map((g) => g.benefit));
    expect(benefits).not.toContain('Prestige / looking less isolated');
    expect(northKorea.flatMap((s) => s.gains).find((g) => g.benefit === 'Oil')?.sources).toBe('Daniel Salisbury, The Conversation');

    // The United States bears only a strategic cost: hiding that type drops its slide.
    const withoutLeverage = planSlides(dataset, hiding({ hiddenBenefitTypes: new Set(['strategic-leverage']) }), actorOrder(dataset));
    expect(actorIds(withoutLeverage)).toEqual(['russia', 'north-korea']);
  });

  it('has only the title and the map when the filters hide every claim', () => {
    const dataset = bundledDataset();
    const plan = planSlides(dataset, hiding({ hiddenOutlets: new Set(dataset.outlets.map((o) => o.id)) }), actorOrder(dataset));
    expect(plan.map((s) => s.kind)).toEqual(['title', 'map']);
  });

  it('splits an actor with many claims over numbered slides that each fit', () => {
    const dataset = mustParse(syntheticDataset({ actors: 2, benefitTypes: 4, outlets: 3, claims: 60 }));
    const plan = planSlides(dataset, noFilters, ['a0']);
    const slides = actorSlides(plan);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => s.title)).toEqual(slides.map((_, i) => `Actor 0 (${i + 1}/${slides.length})`));
    const fit = bodyFit.actor;
    const lines = (text: string) => Math.ceil(text.length / fit.charsPerLine);
    for (const slide of slides) {
      const used = slide.gains.reduce((n, g) => n + lines(g.benefit) + lines(g.summary) + lines(g.sources) + fit.gapLines, 0);
      expect(used).toBeLessThanOrEqual(fit.lines);
    }
    expect(slides.flatMap((s) => s.gains)).toHaveLength(dataset.claims.filter((c) => c.beneficiary === 'a0').length);
  });

  it('splits a long sources list over “Sources (n/m)” slides that each fit', () => {
    const input = tinyDatasetInput();
    const [first] = input.claims;
    if (first === undefined) throw new Error('the tiny dataset has claims');
    first.citations = Array.from({ length: 40 }, (_, i) => ({
      outlet: 'daily',
      speaker: 'sam',
      kind: 'quote' as const,
      quote: `Quote number ${i}, long enough to take up most of a line on the sources slide, and then some more words.`,
    }));
    const plan = planSlides(mustParse(input), noFilters, ['alpha']);
    const slides = sourcesSlides(plan);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => s.title)).toEqual(slides.map((_, i) => `Sources (${i + 1}/${slides.length})`));
    expect(slides.flatMap((s) => s.lines.map((l) => l.number))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const fit = bodyFit.sources;
    for (const slide of slides) {
      const used = slide.lines.reduce((n, l) => n + Math.ceil(`${l.number}. ${l.text}`.length / fit.charsPerLine) + fit.gapLines, 0);
      expect(used).toBeLessThanOrEqual(fit.lines);
    }
  });
});
