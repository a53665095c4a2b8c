// @vitest-environment node
// Node's Blob: jsdom's has no arrayBuffer() to read the deck back with.
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { buildPptx, type ImageFor } from '../../src/io/buildPptx';
import { planSlides, type ActorSlide } from '../../src/io/slidePlan';
import { noFilters } from '../../src/model/filters';
import { bundledDataset } from '../fixtures/datasets';

/** A 1 × 1 transparent PNG: the deck only needs some picture to place. */
const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
/** The text of a part's runs, run after run. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
const slideNumber = (path: string) => Number(/(\d+)\.xml$/.exec(path)?.[1]);

async function build() {
  const dataset = bundledDataset();
  const plan = planSlides(dataset, noFilters, dataset.actors.map((a) => a.id));
  const imageFor = vi.fn<ImageFor>(async () => png);
  const blob = await buildPptx(plan, dataset.meta, imageFor);
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const read = (path: string) => {
    const file = zip.file(path);
    if (file === null) throw new Error(`no ${path} in the deck`);
    return file.async('string');
  };
  const files = Object.keys(zip.files);
  const parts = (folder: string) =>
    files
      .filter((p) => new RegExp(`^ppt/${folder}/[a-zA-Z]+\\d+\\.xml$`).test(p))
      .sort((a, b) => slideNumber(a) - slideNumber(b));
  return { dataset, plan, imageFor, blob, read, parts, files };
}
/** The bundled story's deck, built once for all the tests. */
let deck: ReturnType<typeof build> | undefined;
const built = () => (deck ??= build());

describe('buildPptx', () => {
  it('writes one slide per planned slide, on the wide 16:9 layout', async () => {
    const { plan, read, parts, blob } = await built();
    expect(blob.size).toBeGreaterThan(0);
    expect(parts('slides')).toEqual(plan.map((_, i) => `ppt/slides/slide${i + 1}.xml`));
    expect(await read('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  });

  it('puts each slide its text: the title, the actor and its gains, the sources', async () => {
    const { plan, read } = await built();
    for (const [index, slide] of plan.entries()) {
      const text = runs(await read(`ppt/slides/slide${index + 1}.xml`));
      expect(text).toContain(xmlEscape(slide.title));
      if (slide.kind === 'title') expect(text).toContain(xmlEscape(slide.articleTitle));
      if (slide.kind === 'actor') {
        expect(text).toContain(xmlEscape(slide.actorName));
        for (const gain of slide.gains) {
          expect(text).toContain(xmlEscape(gain.summary));
          expect(text).toContain(xmlEscape(gain.sources));
          if (gain.polarity === 'cost') expect(text).toContain(xmlEscape(`${gain.benefit} (cost)`));
        }
      }
      if (slide.kind === 'sources') for (const line of slide.lines) expect(text).toContain(xmlEscape(`${line.number}. ${line.text}`));
    }
  });

  it('puts the verbatim quotes in the speaker notes of their actor slides', async () => {
    const { dataset, plan, read } = await built();
    const notes = new Map<string, string>();
    for (const [index, slide] of plan.entries())
      if (slide.kind === 'actor') notes.set(slide.title, runs(await read(`ppt/notesSlides/notesSlide${index + 1}.xml`)));
    const slides = plan.filter((s): s is ActorSlide => s.kind === 'actor');
    const quotes = dataset.claims.flatMap((c) => c.citations.filter((x) => x.kind === 'quote').map((x) => x.quote));
    for (const quote of quotes)
      expect(slides.some((s) => notes.get(s.title)?.includes(xmlEscape(`“${quote}”`)))).toBe(true);
    const kirby = slides.find((s) => s.notes.includes('John Kirby'));
    expect(notes.get(kirby?.title ?? '')).toContain('— John Kirby (spokesperson), NPR');
  });

  it('renders each view of the map once, and shows it on every slide of that view', async () => {
    const { plan, imageFor, files } = await built();
    const images = plan.flatMap((s) => ('image' in s ? [s.image.selected] : []));
    expect(imageFor.mock.calls.map(([image]) => image.selected)).toEqual([...new Set(images)]);
    expect(files.filter((p) => /^ppt\/media\/.+\.png$/.test(p))).toHaveLength(images.length);
  });

  it('names the deck after the story and its author', async () => {
    const { dataset, read } = await built();
    const core = await read('docProps/core.xml');
    expect(core).toContain(`<dc:title>${xmlEscape(dataset.meta.title)}</dc:title>`);
    expect(core).toContain(`<dc:creator>${xmlEscape(dataset.meta.article.author)}</dc:creator>`);
  });
});
