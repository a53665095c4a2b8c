import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DatasetShelf, ShelfEntry } from '../io/datasetShelf';
import type { ImportProblem } from '../io/importProblem';
import type { Story } from '../layout/story';
import { nextTask } from '../lib/nextTask';
import type { Dataset } from '../model/dataset';
import type { StoryOrigin } from '../model/storyOrigin';
import { checkView, quoteForNotice, type ViewState } from '../model/viewState';
import type { ExplorerStore } from './explorerStore';

/** A stored copy that failed to open: kept as it was, offered for download. */
export interface UnopenedCopy {
  readonly entry: ShelfEntry;
  readonly json: string;
  readonly problems: readonly ImportProblem[];
}

/** A link's `?dataset=`, with the view the link asks for in that story. */
export interface LinkedStory {
  readonly id: string;
  readonly view: ViewState;
}

export interface LibraryState {
  /** The built-in story's title, for the switcher. */
  readonly bundledTitle: string;
  /** Null until the shelf has answered (it is read after the first paint). */
  readonly shelf: DatasetShelf | null;
  readonly entries: readonly ShelfEntry[];
  readonly origin: StoryOrigin;
  /** A sentence for the reader: what happened to the last switch, save or link. */
  readonly notice: string;
  readonly unopened: UnopenedCopy | null;
  /**
   * The story on screen when it lasts only as long as the page (storage full, refused, or
   * session-only, or a link's file): offered for download. Listed under Story only where the
   * shelf has no copy.
   */
  readonly unkept: Dataset | null;
  /** What a link's view named that the stored story it opened does not have (for the link notice). */
  readonly viewIgnored: readonly string[];
}

export interface LibraryActions {
  /**
   * Opens the shelf and lists what it keeps, then the story a link names. The full page connects
   * after its first paint; an embed only for a link to a stored story, so a plain embed costs nothing.
   */
  connect(): Promise<void>;
  /** Shows a stored story (null: the built-in one), with a link's view when given. */
  open(id: string | null, view?: ViewState): Promise<void>;
  /** Keeps an imported story on the shelf and names it in the address; resolves to its id or 'not kept'. */
  keep(dataset: Dataset, json?: string): Promise<string>;
  /** A link's file on screen: shown, not kept; listed as such and offered for download. */
  showLinked(dataset: Dataset, address: string): void;
  remove(id: string): Promise<void>;
  dismiss(): void;
}

export type Library = LibraryState & LibraryActions;
export type LibraryStore = StoreApi<Library>;

/** The stored story on screen, or null. */
export const activeStoryId = (state: LibraryState): string | null => (state.origin.kind === 'stored' ? state.origin.id : null);

/** A stored story that takes longer than this to open is said to be opening (as an import is, see ImportFlow). */
const progressDelayMs = 500;
const openingWords = 'Opening “';

const loadShelf = () => import('../io/datasetShelf').then((m) => m.openDatasetShelf());
/** A stored copy goes through the import pipeline, in its worker, like any file. */
const loadPipeline = () => Promise.all([import('../io/storedCopySource'), import('../io/import/runImport'), loadArranging()]);
/** Needed only once a story is stored: not in the first bundle. */
const loadArranging = () => import('./keepArrangementWhenRouted').then((m) => m.keepArrangementWhenRouted);

export interface LibraryOptions {
  /** A link's `?dataset=`: opened once the shelf answers, and named in the address meanwhile. */
  readonly linked?: LinkedStory | null;
  /** A link's `?data=` address: the story it opens is the link's, and the address keeps it. */
  readonly dataAddress?: string | null;
  /** Where stories are kept; the browser's IndexedDB (or memory, where it is refused) by default. */
  readonly openShelf?: () => Promise<DatasetShelf>;
}

/**
 * The stories kept in this browser beside the built-in one (the first story `explorer` shows):
 * the shelf, which story is on screen and where it comes from (the address writer names it, see
 * syncAddress), and the notices that say what happened. No React: the pages read it through
 * `useStore`.
 */
export function createLibraryStore(explorer: ExplorerStore, { linked = null, dataAddress = null, openShelf = loadShelf }: LibraryOptions = {}): LibraryStore {
  const { dataset, layout, routes } = explorer.getState();
  const bundled: Story = { dataset, layout, routes };
  const bundledId = bundled.dataset.meta.id;
  // The last story asked for wins: a large one still being read must not replace a later choice.
  let latest = 0;
  // The stored story's import, still routing its links after it is on screen: stopped when another story is asked for.
  let routing: { cancel(): void } | null = null;
  // Waiting for the story on screen to be routed, to keep its arrangement: stopped likewise.
  let arranging: () => void = () => undefined;
  let connecting: Promise<void> | null = null;

  const origin: StoryOrigin = dataAddress !== null ? { kind: 'link', address: dataAddress } : linked !== null ? { kind: 'stored', id: linked.id } : { kind: 'bundled' };
  return createStore<Library>()((set, get) => {
    const clearOpening = () => set((now) => (now.notice.startsWith(openingWords) ? { notice: '' } : {}));

    const show = async (shelf: DatasetShelf, id: string | null, view?: ViewState) => {
      const turn = ++latest;
      routing?.cancel();
      routing = null;
      arranging();
      set({ unopened: null, unkept: null });
      // The built-in story, with the link's view as far as it knows the view's ids.
      const showBundled = () => {
        explorer.getState().loadStory(bundled, view);
        set({ origin: { kind: 'bundled' }, viewIgnored: view === undefined ? [] : checkView(bundled.dataset, view).ignored });
      };
      if (id === null) {
        showBundled();
        return;
      }
      const copy = await shelf.read(id);
      // A large story takes seconds to read and lay out: say so, while the built-in one shows.
      const slow = copy === null ? undefined : setTimeout(() => set({ notice: `${openingWords}${copy.entry.title}”…` }), progressDelayMs);
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
      if (turn !== latest) {
        task?.cancel();
        clearOpening();
        return;
      }
      if (copy === null || opened === null || !opened.outcome.ok || opened.story === null) {
        showBundled();
        if (copy === null) set({ notice: `No story ${quoteForNotice(id)} is kept in this browser, so the built-in story is shown.` });
        else
          set({
            unopened: { entry: copy.entry, json: copy.json, problems: opened?.outcome.ok === false ? opened.outcome.problems : [] },
            notice: `The stored copy of "${copy.entry.title}" no longer opens, so the built-in story is shown. The copy is kept as it was.`,
          });
        return;
      }
      const shown = asStoredAs(opened.story.dataset, id);
      // Received from the worker in one task, drawn in the next (see ImportFlow).
      await nextTask();
      clearOpening();
      if (turn !== latest) {
        task?.cancel();
        return;
      }
      explorer.getState().loadStory({ ...opened.story, dataset: shown }, view);
      // Links are drawn straight until their curves arrive (setRoutes ignores them once another story shows).
      routing = task;
      void task?.routes.then((routed) => routed !== null && explorer.getState().setRoutes(shown, routed));
      // Laid out afresh (kept by an older app, or before its curves arrived): kept for next time.
      if (opened.routed !== true) arranging = keepArrangementWhenRouted(explorer, shelf, id, shown);
      set({ origin: { kind: 'stored', id }, viewIgnored: view === undefined ? [] : checkView(shown, view).ignored });
    };

    return {
      bundledTitle: bundled.dataset.meta.title,
      shelf: null,
      entries: [],
      origin,
      notice: '',
      unopened: null,
      unkept: null,
      viewIgnored: [],
      connect: () => {
        connecting ??= openShelf().then(async (shelf) => {
          set({ shelf, entries: await shelf.list() });
          if (linked !== null && dataAddress === null) await show(shelf, linked.id, linked.view);
        });
        return connecting;
      },
      open: async (id, view) => {
        const { shelf } = get();
        if (shelf !== null) await show(shelf, id, view);
      },
      keep: async (kept, json) => {
        // An import is on screen now: a stored story still being read must not replace it.
        latest += 1;
        const shelf = get().shelf ?? (await openShelf());
        const saved = await shelf.save(kept, bundledId === undefined ? [] : [bundledId], json);
        if (!saved.ok) {
          const why = saved.reason === 'full' ? 'the browser’s storage is full' : 'the browser refused to store it';
          set({
            notice: `Opened, but not kept: ${why}. It stays open until you close the page; download it to keep a copy.`,
            unkept: kept,
            origin: { kind: 'unkept' },
          });
          return 'not kept';
        }
        const keepArrangementWhenRouted = await loadArranging();
        arranging();
        arranging = keepArrangementWhenRouted(explorer, shelf, saved.entry.id, kept);
        set({
          shelf,
          entries: await shelf.list(),
          unkept: shelf.persistent ? null : kept,
          origin: { kind: 'stored', id: saved.entry.id },
          notice: shelf.persistent
            ? `Kept in this browser${saved.replaced ? ', replacing the earlier copy' : ''}: find it again under Story.`
            : 'Storage is blocked here (private browsing or an embedded frame): the story lasts until this page closes; download it to keep a copy.',
        });
        return saved.entry.id;
      },
      showLinked: (shown, address) => {
        latest += 1;
        set({ unopened: null, unkept: shown, origin: { kind: 'link', address } });
      },
      remove: async (id) => {
        const { shelf } = get();
        if (shelf === null) return;
        await shelf.remove(id);
        const entries = await shelf.list();
        set((now) => ({ entries, unopened: now.unopened?.entry.id === id ? null : now.unopened }));
        if (activeStoryId(get()) === id) await show(shelf, null);
        set({ notice: 'Deleted from this browser.' });
      },
      dismiss: () => set({ notice: '' }),
    };
  });
}
