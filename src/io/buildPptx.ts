import type PptxGenJS from 'pptxgenjs';
import { bodyFit, type ActorSlide, type SlideImage, type SlidePlan, type SourcesSlide, type TitleSlide } from './slidePlan';
import type { DatasetInput } from '../model/schema';

/** What the deck's metadata needs of a story. */
export type DeckMeta = Pick<DatasetInput['meta'], 'title' | 'article'>;

/** Renders a view of the map as a PNG data URL, 16:9 (1920 × 1080 px). */
export type ImageFor = (image: SlideImage) => Promise<string>;

type Runs = PptxGenJS.TextProps[];

// Inches on LAYOUT_WIDE (13.333 × 7.5 in). Plain text boxes and pictures only, no placeholders or
// autofit: what PowerPoint, Keynote, Google Slides and LibreOffice Impress all draw alike.
const slideWidth = 13.333;
const margin = 0.4;
const top = 1.25;
const bottom = 7.2;
const titleBox = { x: margin, y: 0.3, w: slideWidth - 2 * margin, h: 0.8 };
const aspect = 9 / 16;
/** The map on the left (about 62% of the width), the gains beside it. */
const actorImage = { x: margin, y: top, w: 8.2, h: 8.2 * aspect };
const gainsBox = { x: margin + 8.2 + 0.25, y: top, w: slideWidth - margin - (margin + 8.2 + 0.25), h: bottom - top };
const mapImage = { x: (slideWidth - (bottom - 1.1) / aspect) / 2, y: 1.1, w: (bottom - 1.1) / aspect, h: bottom - 1.1 };
const sourcesBox = { x: margin, y: top, w: slideWidth - 2 * margin, h: bottom - top };

// 12 pt body type: slidePlan's bodyFit counts lines of it, so lists are split before they overflow.
const bodySize = 12;
const font = 'Arial'; // LibreOffice substitutes the metric-compatible Liberation Sans
const ink = '1F2328';
const muted = '57606A';
const costColor = 'A4262C';
const text = { fontFace: font, color: ink, valign: 'top', fit: 'none', isTextBox: true } as const;

function addTitle(slide: PptxGenJS.Slide, title: string) {
  slide.addText(title, { ...text, ...titleBox, fontSize: 28, bold: true, valign: 'middle' });
}

function titleSlide(deck: PptxGenJS, plan: TitleSlide) {
  const slide = deck.addSlide();
  const box = { x: 1, w: slideWidth - 2 };
  slide.addText(plan.title, { ...text, ...box, y: 1.6, h: 1.6, fontSize: 40, bold: true, valign: 'bottom' });
  slide.addText(plan.articleTitle, { ...text, ...box, y: 3.4, h: 1, fontSize: 24, italic: true });
  slide.addText(`${plan.author}, ${plan.outlet}`, { ...text, ...box, y: 4.4, h: 0.6, fontSize: 18, color: muted });
  if (plan.hidden !== null)
    slide.addText(`Shown with filters: ${plan.hidden}`, { ...text, ...box, y: 5.4, h: 0.6, fontSize: 14, color: muted });
}

function gainRuns(plan: ActorSlide): Runs {
  return plan.gains.flatMap((gain, index): Runs => {
    const cost = gain.polarity === 'cost';
    // Space above each claim but the first: bodyFit.actor.gapLines of a 12 pt line.
    const spaceBefore = index === 0 ? 0 : bodyFit.actor.gapLines * bodySize;
    return [
      {
        text: cost ? `${gain.benefit} (cost)` : gain.benefit,
        options: { bold: true, color: cost ? costColor : ink, breakLine: true, paraSpaceBefore: spaceBefore },
      },
      { text: gain.summary, options: { breakLine: true } },
      { text: gain.sources, options: { fontSize: 10, color: muted, breakLine: index < plan.gains.length - 1 } },
    ];
  });
}

function sourceRuns(plan: SourcesSlide): Runs {
  return plan.lines.map((line, index) => ({
    text: `${line.number}. ${line.text}`,
    options: { breakLine: index < plan.lines.length - 1, paraSpaceBefore: index === 0 ? 0 : bodyFit.sources.gapLines * bodySize },
  }));
}


/**
 * The deck for a slide plan, as a .pptx Blob. pptxgenjs (about 400 KB) is loaded here, on
 * demand, so it is a chunk of its own. Each distinct map view is rendered once.
 */
export async function buildPptx(plan: SlidePlan, meta: DeckMeta, imageFor: ImageFor): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = meta.title;
  deck.author = meta.article.author;
  deck.subject = `${meta.article.title}, ${meta.article.outlet}`;
  deck.theme = { headFontFace: font, bodyFontFace: font };

  const images = new Map<string | null, string>();
  const imageOf = async (image: SlideImage) => {
    const cached = images.get(image.selected);
    if (cached !== undefined) return cached;
    const url = await imageFor(image);
    images.set(image.selected, url);
    return url;
  };

  for (const slidePlan of plan) {
    if (slidePlan.kind === 'title') {
      titleSlide(deck, slidePlan);
      continue;
    }
    const slide = deck.addSlide();
    addTitle(slide, slidePlan.title);
    if (slidePlan.kind === 'map') {
      slide.addImage({ data: await imageOf(slidePlan.image), ...mapImage, altText: 'The whole map' });
    } else if (slidePlan.kind === 'actor') {
      slide.addImage({ data: await imageOf(slidePlan.image), ...actorImage, altText: `The map with ${slidePlan.actorName} selected` });
      slide.addText(gainRuns(slidePlan), { ...text, ...gainsBox, fontSize: bodySize });
      slide.addNotes(slidePlan.notes);
    } else {
      slide.addText(sourceRuns(slidePlan), { ...text, ...sourcesBox, fontSize: bodySize });
    }
  }

  const out = await deck.write({ outputType: 'blob' });
  if (!(out instanceof Blob)) throw new Error('pptxgenjs did not return a Blob');
  return out;
}
