import { viewOf, type ViewState } from '../model/viewState';
import { encodeView } from './viewUrl';

/** What the subscriber needs of a store: its view state, and a way to hear of changes. */
export interface ViewSource {
  getState(): ViewState;
  subscribe(listener: () => void): () => void;
}

/**
 * The one subscriber that writes the view into the address bar, so a copied link restores it.
 * `replaceState`, not `pushState`: filter clicks should not fill the Back button's history.
 * `writeNow` false waits for the first change: a link whose story is still arriving (a stored
 * copy, a file on the web) keeps its view in the address until that story shows it.
 * Returns the unsubscribe function.
 */
export function syncViewToUrl(store: ViewSource, win: Window = window, writeNow = true): () => void {
  const write = () => {
    const query = encodeView(viewOf(store.getState()), win.location.search);
    if (query === win.location.search) return;
    try {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${query}${win.location.hash}`);
    } catch {
      // A page with an opaque origin (a sandboxed iframe) may not rewrite its address; the view still works.
    }
  };
  if (writeNow) write();
  return store.subscribe(write);
}
