import { composeScene, sceneGraphBox, type SceneKeyEntry, type Size } from '../../io/exportScene';
import { standaloneSvg, svgNs } from '../../io/standaloneSvg';
import type { Dataset } from '../../model/dataset';
import { describeHidden } from '../../model/describeHidden';
import { selectionName } from '../../model/selectionName';
import type { ViewState } from '../../model/viewState';
import { linkStyles } from '../../theme/linkStyles';
import type { GraphRenderer } from './graphRenderer';

const key: readonly SceneKeyEntry[] = [
  { mark: 'actor', label: 'Actor' },
  { mark: 'benefit', label: 'Benefit type' },
  ...Object.values(linkStyles).map((style) => ({ mark: 'line' as const, label: style.label, colour: style.colour, dash: style.dash })),
];

/** The words around the picture: what is selected and what the filters hide. */
export function sceneSubtitle(dataset: Dataset, view: ViewState): string {
  const name = selectionName(dataset, view.selected);
  const selection =
    name === undefined ? 'Every actor and benefit type' : view.selected?.kind === 'actor' ? `${name}: what it gains, bears and provides` : `${name}: who gains it`;
  const hidden = describeHidden(dataset, view);
  return hidden === null ? selection : `${selection} · ${hidden}`;
}

/** The standalone SVG picture of `view` at `size`: title, graph, key and attribution. */
export async function renderScene(dataset: Dataset, view: ViewState, size: Size, renderGraph: GraphRenderer): Promise<string> {
  const box = sceneGraphBox(size);
  const drawn = await renderGraph(view, { width: Math.round(box.width), height: Math.round(box.height) });
  try {
    const doc = document.implementation.createDocument(svgNs, 'svg', null);
    const graph = standaloneSvg(drawn.svg, doc);
    const { article } = dataset.meta;
    return composeScene(graph, size, {
      title: dataset.meta.title,
      subtitle: sceneSubtitle(dataset, view),
      key,
      caption: `Source: “${article.title}”, ${article.outlet}, by ${article.author}. Quotes as cited by the outlets named. Made with Who Gains.`,
    });
  } finally {
    drawn.dispose();
  }
}
