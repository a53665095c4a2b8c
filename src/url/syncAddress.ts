import type { StoryOrigin } from '../model/storyOrigin';
import { viewOf, type ViewState } from '../model/viewState';
import { encodeOrigin } from './datasetParam';
import { decodeView, encodeView } from './viewUrl';

/** What the writer needs of a store: its state, and a way to hear of changes. */
export interface Source<T> {
  getState(): T;
  subscribe(listener: () => void): () => void;
}

/** Whether two views differ in what the reader chose: the selection, the filters, the single-source lens. */
function choiceChanged(a: ViewState, b: ViewState): boolean {
  const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x.size === y.size && [...x].every((id) => y.has(id));
  return (
    a.selected?.kind !== b.selected?.kind ||
    a.selected?.id !== b.selected?.id ||
    a.singleSource !== b.singleSource ||
    !sameSet(a.hiddenBenefitTypes, b.hiddenBenefitTypes) ||
    !sameSet(a.hiddenOutlets, b.hiddenOutlets)
  );
}

export interface SyncOptions {
  /** False waits for the first change: a link whose story is still arriving keeps its view in the address until that story shows it. */
  readonly writeNow?: boolean;
  /**
   * Given, each selection and filter change is a history entry, and Back (a `popstate`) hands
   * the view its address names to this function, so Back undoes the last choice and stays in the
   * app. Without it (an embed: its entries would join the host page's history) the address is
   * only ever replaced.
   */
  readonly restore?: (view: ViewState) => void;
}

/**
 * The one writer of the address bar, so a copied link restores what is on screen: the view (the
 * explorer store) and where its story comes from (the library store's `origin`). Returns the
 * function that stops it.
 */
export function syncAddress(view: Source<ViewState>, story: Source<{ readonly origin: StoryOrigin }> | null, win: Window = window, options: SyncOptions = {}): () => void {
  const { writeNow = true, restore } = options;
  let written = viewOf(view.getState());
  let restoring = false;
  const write = () => {
    const now = viewOf(view.getState());
    const withView = encodeView(now, win.location.search);
    const query = story === null ? withView : encodeOrigin(story.getState().origin, withView);
    const push = restore !== undefined && !restoring && choiceChanged(written, now);
    written = now;
    if (query === win.location.search) return;
    try {
      const address = `${win.location.pathname}${query}${win.location.hash}`;
      if (push) win.history.pushState(null, '', address);
      else win.history.replaceState(win.history.state, '', address);
    } catch {
      // A page with an opaque origin (a sandboxed iframe) may not rewrite its address; the view still works.
    }
  };
  const onPopState = () => {
    if (restore === undefined) return;
    restoring = true;
    try {
      restore(decodeView(win.location.search).view);
    } finally {
      restoring = false;
    }
  };
  if (writeNow) write();
  const stops = [view.subscribe(write), story?.subscribe(write)];
  win.addEventListener('popstate', onPopState);
  return () => {
    stops.forEach((stop) => stop?.());
    win.removeEventListener('popstate', onPopState);
  };
}
