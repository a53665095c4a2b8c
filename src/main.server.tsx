import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { loadBundledStory } from './app/loadBundledStory';
import { createExplorerStore } from './store/explorerStore';

/**
 * The default view of the bundled story as HTML, for the build to write into index.html: the
 * graph (laid out by the same seeded layout the app uses), the filters, the legend and the
 * attribution are on screen before any script runs, and with scripts off.
 */
export function renderDefaultView(): { html: string; title: string } {
  const store = createExplorerStore(loadBundledStory());
  const html = renderToString(
    <StrictMode>
      <App store={store} mode="full" />
    </StrictMode>,
  );
  return { html, title: `${store.getState().dataset.meta.title} · Who Gains` };
}
