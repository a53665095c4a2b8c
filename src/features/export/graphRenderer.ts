import type { Size } from '../../io/exportScene';
import type { ViewState } from '../../model/viewState';

/** A graph drawn for export, in the document so its styles are computed; `dispose` removes it. */
export interface RenderedGraph {
  readonly svg: SVGSVGElement;
  dispose(): void;
}

/**
 * Draws the story's graph for `view` at `size` with the screen's renderer. The app provides it
 * (a feature may not import the graph feature), so exports are the same picture as the screen.
 */
export type GraphRenderer = (view: ViewState, size: Size) => Promise<RenderedGraph>;
