import { useEffect } from 'react';
import type { ExplorerStore } from '../store/explorerStore';
import type { LibraryStore } from '../store/libraryStore';
import { defaultEmbedOptions, type EmbedOptions } from '../url/embedOptions';
import { EmbedPage } from './EmbedPage';
import { ExplorerStoreContext } from './ExplorerStoreContext';
import { FullPage } from './FullPage';
import { useEscapeToClear } from './useEscapeToClear';
import './app.css';
import type { DataLink } from '../url/dataParam';

/** How the explorer is shown: the full page, or (`?embed=1`) the bare graph for an iframe. */
export type ViewMode = 'full' | 'embed';

interface AppProps {
  readonly store: ExplorerStore;
  readonly mode?: ViewMode;
  /** How the embed is dressed (`?title=0`); the full page ignores it. */
  readonly embed?: EmbedOptions;
  /** Called once the explorer is interactive (after hydration, or after the first render). */
  readonly onReady?: () => void;
  /** What the link asked for that could not be shown, named for a notice (see decodeView). */
  readonly linkIgnored?: readonly string[];
  /** The stories kept in this browser, and where the one on screen comes from (it opens a link's `?dataset=`). */
  readonly library: LibraryStore;
  /** A link's `?data=`: the address of a JSON or CSV file to open, with the view asked for in it. */
  readonly dataLink?: DataLink | null;
}

const nothingIgnored: readonly string[] = [];

/** The explorer for one store. */
export function App({ store, mode = 'full', embed = defaultEmbedOptions, onReady, linkIgnored = nothingIgnored, library, dataLink = null }: AppProps) {
  useEscapeToClear(store);
  useEffect(() => {
    onReady?.();
  }, [onReady]);
  return <ExplorerStoreContext value={store}>{mode === 'embed' ? <EmbedPage options={embed} linkIgnored={linkIgnored} library={library} dataLink={dataLink} /> : <FullPage linkIgnored={linkIgnored} library={library} dataLink={dataLink} />}</ExplorerStoreContext>;
}
