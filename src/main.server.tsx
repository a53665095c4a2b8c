import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { loadBundledStory } from './app/loadBundledStory';
import { createExplorerStore } from './store/explorerStore';
import { createLibraryStore } from './store/libraryStore';
import { ServerStyleSink } from './lib/scopedStyleSheet';

/**
 * The default view of the bundled story as HTML, for the build to write into index.html: the
 * graph (laid out by the same seeded layout the app uses), the filters, the legend and the
 * attribution are on screen before any script runs, and with scripts off; with the CSS its
 * components made from the data.
 */
export function renderDefaultView(): { html: string; title: string; css: string } {
  const store = createExplorerStore(loadBundledStory());
  // The CSS the components make from the data, for the build's stylesheet (see scopedStyleSheet).
  const css: string[] = [];
  const html = renderToString(
    <StrictMode>
      <ServerStyleSink value={css}>
        <App store={store} library={createLibraryStore(store)} mode="full" />
      </ServerStyleSink>
    </StrictMode>,
  );
  return { html, title: `${store.getState().dataset.meta.title} · Who Gains`, css: css.join('\n') };
}
