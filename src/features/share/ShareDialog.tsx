import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { CopyField } from '../../components/CopyField';
import { Dialog } from '../../components/Dialog';
import { graphViewBox } from '../../layout/viewBox';
import { viewOf } from '../../model/viewState';
import type { ExplorerStore } from '../../store/explorerStore';
import { dataUrlOf } from '../../io/downloadDataset';
import { readDatasetParam, withDataParam } from '../../url/datasetParam';
import { embedCode, embedHeight } from '../../url/embedCode';
import { defaultEmbedOptions, embedViewUrl, viewLink, type EmbedOptions } from '../../url/embedOptions';
import './share.css';

interface ShareDialogProps {
  readonly store: ExplorerStore;
  readonly onClose: () => void;
}

/**
 * Share this exact view: a link, and the `<iframe>` code for a page, an LMS or reveal.js, with
 * options that rewrite the code as they change.
 */
export function ShareDialog({ store, onClose }: ShareDialogProps) {
  // A story kept in this browser opens only here: a copy of its file on the web opens anywhere.
  const storedHere = readDatasetParam(window.location.search) !== null;
  const [fileAddress, setFileAddress] = useState('');
  const webFile = storedHere ? dataUrlOf(fileAddress.trim()) : null;
  const page = webFile === null ? window.location.href : withDataParam(window.location.href, webFile.href);
  const link = useStore(store, (s) => viewLink(viewOf(s), page));
  const title = useStore(store, (s) => s.dataset.meta.title);
  const fullGraph = useStore(store, store.selectors.fullGraph);
  const layout = useStore(store, (s) => s.layout);
  const height = useMemo(() => {
    const box = graphViewBox(fullGraph.nodes, layout);
    return embedHeight(box.height / box.width);
  }, [fullGraph, layout]);
  const [options, setOptions] = useState<EmbedOptions>(defaultEmbedOptions);
  const code = embedCode(embedViewUrl(link, options), `${title} (Who Gains)`, height);
  const fromFile = window.location.protocol === 'file:';
  const set = (change: Partial<EmbedOptions>) => setOptions((current) => ({ ...current, ...change }));

  return (
    <Dialog title="Share this view" onClose={onClose} className="share">
      <p className="share__intro">The link and the embed show this selection with these filters.</p>
      {fromFile && (
        <p className="share__note" role="note">
          This copy runs from a file on this computer, so its links open only here. Share the file itself, or a
          link to a copy on the web.
        </p>
      )}
      {storedHere && (
        <div className="share__note" role="note">
          <p>
            This story is kept in this browser only: the link and the embed open it here, and show the built-in
            story anywhere else. To share it, put its file on the web where other sites may read it (a GitHub Gist’s
            “Raw” address works) and give its address here.
          </p>
          <label className="share__file">
            Address of the file on the web
            <input type="url" inputMode="url" placeholder="https://…" value={fileAddress} onChange={(event) => setFileAddress(event.target.value)} />
          </label>
          {fileAddress.trim() !== '' && (
            <p aria-live="polite">
              {webFile === null ? 'That is not an http: or https: address.' : 'The link and the embed now open the story from that file.'}
            </p>
          )}
        </div>
      )}
      <CopyField label="Link to this view" value={link} />
      <fieldset className="share__options">
        <legend>Embed options</legend>
        <label>
          <input type="checkbox" checked={options.title} onChange={(event) => set({ title: event.target.checked })} />
          Show the title
        </label>
        <label>
          <input type="checkbox" checked={options.filters} onChange={(event) => set({ filters: event.target.checked })} />
          Show the filter controls
        </label>
        <label>
          <input type="checkbox" checked={options.lock} onChange={(event) => set({ lock: event.target.checked })} />
          Lock the filters (readers can still select)
        </label>
      </fieldset>
      <CopyField label="Embed code" value={code} rows={4} />
      <p className="share__hint">
        Paste the code into a web page, an LMS page or reveal.js. PowerPoint, Keynote and Google Slides cannot
        show a live page: use Export for an image or a slide deck.
      </p>
    </Dialog>
  );
}
