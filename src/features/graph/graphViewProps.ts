import type { ExplorerStore } from '../../store/explorerStore';

/** What every renderer of the graph takes (see GraphView). */
export interface GraphViewProps {
  readonly store: ExplorerStore;
  /**
   * Pixels a panel floating over the graph's right side takes while something is selected (the
   * embed's details): the graph refits into the space left of it, so the selection stays visible.
   */
  readonly overlayWidth?: (frameWidth: number) => number;
  /** False to draw every node and link at once, as an export needs; on screen a large story arrives over several tasks. */
  readonly progressive?: boolean;
  /**
   * 'svg' to draw with SVG whatever the story's size, as the exports need (they copy the SVG);
   * 'auto' draws a large story on a canvas.
   */
  readonly renderer?: 'auto' | 'svg';
}
