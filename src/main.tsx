import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadBundledStory } from './app/loadBundledStory';
import { checkView, defaultView, sanitizeView, type ViewState } from './model/viewState';
import { createExplorerStore } from './store/explorerStore';
import { createLibraryStore } from './store/libraryStore';
import { embedOptions, isEmbed } from './url/embedOptions';
import { readDataParam } from './url/dataParam';
import { readDatasetParam } from './url/datasetParam';
import { syncAddress } from './url/syncAddress';
import { decodeView } from './url/viewUrl';
import './theme/tokens.css';
import './theme/base.css';

/** Mounts or hydrates the explorer: once the document is parsed, since the entry script is inserted, not deferred. */
function start(): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element');
  const mode = isEmbed(window.location.search) ? 'embed' : 'full';
  document.documentElement.classList.toggle('is-embed', mode === 'embed');

  const story = loadBundledStory();
  document.title = `${story.dataset.meta.title} · Who Gains`;
  // The build renders the default full page into index.html (see vite.config.ts). Hydrate it with
  // the state it was rendered from, then move to the view the link asks for: the page is never
  // re-laid out and React finds exactly the markup it expects.
  const prerendered = mode === 'full' && container.firstElementChild !== null;
  const fromLink = decodeView(window.location.search);
  // An embed is a picture in someone else's page: it never takes the screen over.
  const embedIgnored = mode === 'embed' && fromLink.view.presenting ? ['presentation mode, which an embed does not offer'] : [];
  const linkView = embedIgnored.length > 0 ? { ...fromLink.view, presenting: false } : fromLink.view;
  // A link to a file on the web, or to a stored story: its view is checked against that story
  // once it opens. The file wins where a link names both.
  const address = readDataParam(window.location.search);
  const dataLink = address === null ? null : { address, view: linkView };
  const wanted = readDatasetParam(window.location.search);
  const linkedStory = dataLink === null && wanted !== null && wanted !== story.dataset.meta.id ? { id: wanted, view: linkView } : null;
  const arriving = linkedStory !== null || dataLink !== null;
  const checked = arriving ? { view: defaultView, ignored: [] } : checkView(story.dataset, linkView);
  const store = createExplorerStore(story, defaultView);
  const library = createLibraryStore(store, { linked: linkedStory, dataAddress: address });
  // Marks the page as interactive once React has taken it over, for scripts (and tests) that
  // must not click the static picture before it can answer.
  const onReady = () => document.documentElement.setAttribute('data-interactive', '');
  const app = (
    <StrictMode>
      <App
        store={store}
        mode={mode}
        embed={embedOptions(window.location.search)}
        onReady={onReady}
        linkIgnored={[...fromLink.ignored, ...checked.ignored, ...embedIgnored]}
        library={library}
        dataLink={dataLink}
      />
    </StrictMode>
  );
  if (prerendered) {
    // A transition, so hydration yields to the browser between components instead of blocking.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
  if (!arriving) store.getState().applyView(checked.view);
  // Back undoes the last selection or filter on the full page; an embed's entries would be its host's.
  const restore = mode === 'full' ? (view: ViewState) => store.getState().applyView(sanitizeView(store.getState().dataset, view)) : undefined;
  syncAddress(store, library, window, { writeNow: !arriving, ...(restore === undefined ? {} : { restore }) });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
