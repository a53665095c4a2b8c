import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { RenderedGraph } from '../features/export/graphRenderer';
import { GraphView } from '../features/graph/GraphView';
import type { Size } from '../io/exportScene';
import type { ViewState } from '../model/viewState';
import type { Story } from '../layout/story';
import { createExplorerStore } from '../store/explorerStore';

/**
 * The graph of `story` in `view`, drawn by GraphView itself at `size` in a frame off screen: its
 * labels follow the same container queries as on screen, so the export matches what people saw.
 */
export function renderGraphOffscreen(story: Story, view: ViewState, size: Size): Promise<RenderedGraph> {
  const frame = document.createElement('div');
  frame.setAttribute('aria-hidden', 'true');
  frame.inert = true;
  Object.assign(frame.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${size.width}px`,
    height: `${size.height}px`,
    pointerEvents: 'none',
  });
  document.body.append(frame);
  const root = createRoot(frame);
  const dispose = () => {
    root.unmount();
    frame.remove();
  };
  try {
    flushSync(() => root.render(<GraphView store={createExplorerStore(story, view)} progressive={false} renderer="svg" />));
  } catch (error) {
    dispose();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const svg = frame.querySelector<SVGSVGElement>('svg.graph-view__svg');
  if (svg === null) {
    dispose();
    return Promise.reject(new Error('The graph could not be drawn for export.'));
  }
  return Promise.resolve({ svg, dispose });
}
