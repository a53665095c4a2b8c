import type { StoryOrigin } from '../model/storyOrigin';
import { viewOf, type ViewState } from '../model/viewState';
import { encodeOrigin } from './datasetParam';
import { encodeView } from './viewUrl';

/** What the writer needs of a store: its state, and a way to hear of changes. */
export interface Source<T> {
  getState(): T;
  subscribe(listener: () => void): () => void;
}

/**
 * The one writer of the address bar, so a copied link restores what is on screen: the view (the
 * explorer store) and where its story comes from (the library store's `origin`). `replaceState`,
 * not `pushState`: filter clicks should not fill the Back button's history. `writeNow` false waits
 * for the first change: a link whose story is still arriving (a stored copy, a file on the web)
 * keeps its view in the address until that story shows it. Returns the unsubscribe function.
 */
export function syncAddress(view: Source<ViewState>, story: Source<{ readonly origin: StoryOrigin }> | null, win: Window = window, writeNow = true): () => void {
  const write = () => {
    const withView = encodeView(viewOf(view.getState()), win.location.search);
    const query = story === null ? withView : encodeOrigin(story.getState().origin, withView);
    if (query === win.location.search) return;
    try {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${query}${win.location.hash}`);
    } catch {
      // A page with an opaque origin (a sandboxed iframe) may not rewrite its address; the view still works.
    }
  };
  if (writeNow) write();
  const stops = [view.subscribe(write), story?.subscribe(write)];
  return () => stops.forEach((stop) => stop?.());
}
