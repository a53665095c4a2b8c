import { useCallback, useEffect, useRef, useState } from 'react';
import type { DatasetShelf, ShelfEntry } from '../io/datasetShelf';
import type { ImportProblem } from '../io/importProblem';
import type { Dataset } from '../model/dataset';
import { checkView, type ViewState } from '../model/viewState';
import type { ExplorerStore, Story } from '../store/explorerStore';
import { writeDatasetParam } from '../url/datasetParam';
import { nextTask } from '../lib/nextTask';

/** A stored copy that failed to open: kept as it was, offered for download. */
export interface UnopenedCopy {
  readonly entry: ShelfEntry;
  readonly json: string;
  readonly problems: readonly ImportProblem[];
}

export interface StoryLibrary {
  /** Null until the shelf has answered (it is read after the first paint). */
  readonly shelf: DatasetShelf | null;
  readonly entries: readonly ShelfEntry[];
  /** The stored story on screen, or null for the bundled one. */
  readonly activeId: string | null;
  /** A sentence for the reader: what happened to the last switch, save or link. */
  readonly notice: string;
  readonly unopened: UnopenedCopy | null;
  /**
   * The story on screen when it lasts only as long as the page (storage full, refused, or
   * session-only): offered for download. Listed under Story only where the shelf has no copy.
   */
  readonly unkept: Dataset | null;
  /** What a link's view named that the stored story it opened does not have (for the link notice). */
  readonly viewIgnored: readonly string[];
  /** The built-in story's title, for the switcher. */
  readonly bundledTitle: string;
  open(id: string | null, view?: ViewState): Promise<void>;
  keep(dataset: Dataset, json?: string): Promise<string>;
  /** A story on screen that is not stored (a link's file): listed as such, offered for download. */
  showUnstored(dataset: Dataset): void;
  remove(id: string): Promise<void>;
  dismiss(): void;
}

/** A stored story that takes longer than this to open is said to be opening (as an import is, see ImportFlow). */
const progressDelayMs = 500;
const openingWords = 'Opening “';

const loadShelf = () => import('../io/datasetShelf').then((m) => m.openDatasetShelf());
/** A stored copy goes through the import pipeline, in its worker, like any file. */
const loadPipeline = () => Promise.all([import('../io/storedCopySource'), import('../features/import/runImport'), loadArranging()]);
/** Needed only once a story is stored: not in the first bundle. */
const loadArranging = () => import('./keepArrangementWhenRouted').then((m) => m.keepArrangementWhenRouted);

/** A link's `?dataset=`, with the view the link asks for in that story. */
export interface LinkedStory {
  readonly id: string;
  readonly view: ViewState;
}

export interface StoryLibraryOptions {
  /** A link's `?dataset=`, opened once the shelf answers. */
  readonly linked: LinkedStory | null;
  /**
   * Open the shelf even without a link, to list the stories kept (the full page). An embed opens
   * storage only for a link that names a stored story, so a plain embed costs nothing more.
   */
  readonly list: boolean;
}

/**
 * The stories kept in this browser beside the bundled one: the shelf (IndexedDB, or memory when
 * storage is refused), which one is on screen (named in the address as `?dataset=`), and the
 * notices that say what happened. A link to a stored story opens it once the shelf answers.
 */
export function useStoryLibrary(store: ExplorerStore, { linked, list }: StoryLibraryOptions): StoryLibrary {
  // The story the page opened with is the built-in one, to come back to from any other.
  const [bundled] = useState<Story>(() => {
    const { dataset, layout, routes } = store.getState();
    return { dataset, layout, routes };
  });
  const [shelf, setShelf] = useState<DatasetShelf | null>(null);
  const [entries, setEntries] = useState<readonly ShelfEntry[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [unopened, setUnopened] = useState<UnopenedCopy | null>(null);
  const [unkept, setUnkept] = useState<Dataset | null>(null);
  const [viewIgnored, setViewIgnored] = useState<readonly string[]>([]);

  // The last story asked for wins: a large one still being read must not replace a later choice.
  const latest = useRef(0);
  // The stored story's import, still routing its links after it is on screen: stopped when another story is asked for.
  const routing = useRef<{ cancel(): void } | null>(null);
  // Waiting for the story on screen to be routed, to keep its arrangement: stopped likewise.
  const arranging = useRef<() => void>(() => undefined);
  const clearOpening = useCallback(() => setNotice((now) => (now.startsWith(openingWords) ? '' : now)), []);
  const show = useCallback(
    async (target: DatasetShelf, id: string | null, view?: ViewState) => {
      const turn = ++latest.current;
      routing.current?.cancel();
      routing.current = null;
      arranging.current();
      setUnopened(null);
      setUnkept(null);
      // The built-in story, with the link's view as far as it knows the view's ids.
      const showBundled = () => {
        store.getState().loadStory(bundled, view);
        if (view !== undefined) setViewIgnored(checkView(bundled.dataset, view).ignored);
        setActiveId(null);
        writeDatasetParam(null);
      };
      if (id === null) {
        showBundled();
        return;
      }
      const copy = await target.read(id);
      // A large story takes seconds to read and lay out: say so, while the built-in one shows.
      const slow = copy === null ? undefined : setTimeout(() => setNotice(`${openingWords}${copy.entry.title}”…`), progressDelayMs);
      const [{ storedCopySource, asStoredAs }, { runImport }, keepArrangementWhenRouted] = await loadPipeline();
      const task = copy === null ? null : runImport(storedCopySource(copy), () => undefined, { arrangement: copy.arrangement });
      const opened =
        task === null
          ? null
          : await task.result.catch((error: unknown) => ({
              outcome: { ok: false as const, problems: [{ code: 'unreadable', place: 'the stored copy', message: String(error), severity: 'error' as const }], total: 1 },
              story: null,
            }));
      clearTimeout(slow);
      if (turn !== latest.current) {
        task?.cancel();
        clearOpening();
        return;
      }
      if (copy === null || opened === null || !opened.outcome.ok || opened.story === null) {
        showBundled();
        if (copy === null) setNotice(`The story "${id}" is not stored in this browser, so the bundled story is shown.`);
        else {
          setUnopened({ entry: copy.entry, json: copy.json, problems: opened?.outcome.ok === false ? opened.outcome.problems : [] });
          setNotice(`The stored copy of "${copy.entry.title}" no longer opens, so the bundled story is shown. The copy is kept as it was.`);
        }
        return;
      }
      const dataset = asStoredAs(opened.story.dataset, id);
      // Received from the worker in one task, drawn in the next (see ImportFlow).
      await nextTask();
      clearOpening();
      if (turn !== latest.current) {
        task?.cancel();
        return;
      }
      store.getState().loadStory({ ...opened.story, dataset }, view);
      // Links are drawn straight until their curves arrive (setRoutes ignores them once another story shows).
      routing.current = task;
      void task?.routes.then((routes) => routes !== null && store.getState().setRoutes(dataset, routes));
      // Laid out afresh (kept by an older app, or before its curves arrived): kept for next time.
      if (opened.routed !== true) arranging.current = keepArrangementWhenRouted(store, target, id, dataset);
      if (view !== undefined) setViewIgnored(checkView(dataset, view).ignored);
      setActiveId(id);
      writeDatasetParam(id);
    },
    [store, bundled, clearOpening],
  );

  useEffect(() => {
    if (!list && linked === null) return;
    let live = true;
    void loadShelf().then(async (opened) => {
      if (!live) return;
      setShelf(opened);
      setEntries(await opened.list());
      if (linked !== null) await show(opened, linked.id, linked.view);
    });
    return () => {
      live = false;
    };
    // The link is read once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const bundledId = bundled.dataset.meta.id;
  return {
    bundledTitle: bundled.dataset.meta.title,
    shelf,
    entries,
    activeId,
    notice,
    unopened,
    unkept,
    viewIgnored,
    open: async (id, view) => {
      if (shelf !== null) await show(shelf, id, view);
    },
    keep: async (dataset, json) => {
      // An import is on screen now: a stored story still being read must not replace it.
      latest.current += 1;
      const target = shelf ?? (await loadShelf());
      const saved = await target.save(dataset, bundledId === undefined ? [] : [bundledId], json);
      if (!saved.ok) {
        const why = saved.reason === 'full' ? 'the browser’s storage is full' : 'the browser refused to store it';
        setNotice(`Opened, but not kept: ${why}. It stays open until you close the page; download it to keep a copy.`);
        setUnkept(dataset);
        setActiveId(null);
        writeDatasetParam(null);
        return 'not kept';
      }
      setUnkept(target.persistent ? null : dataset);
      const keepArrangementWhenRouted = await loadArranging();
      arranging.current();
      arranging.current = keepArrangementWhenRouted(store, target, saved.entry.id, dataset);
      setEntries(await target.list());
      setActiveId(saved.entry.id);
      writeDatasetParam(saved.entry.id);
      setNotice(
        target.persistent
          ? `Kept in this browser${saved.replaced ? ', replacing the earlier copy' : ''}: find it again under Story.`
          : 'Storage is blocked here (private browsing or an embedded frame): the story lasts until this page closes; download it to keep a copy.',
      );
      return saved.entry.id;
    },
    showUnstored: (dataset) => {
      latest.current += 1;
      setUnopened(null);
      setUnkept(dataset);
      setActiveId(null);
    },
    remove: async (id) => {
      if (shelf === null) return;
      await shelf.remove(id);
      setEntries(await shelf.list());
      if (id === activeId) await show(shelf, null);
      setNotice('Deleted from this browser.');
    },
    dismiss: () => setNotice(''),
  };
}
