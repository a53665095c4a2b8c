import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { CopyField } from '../../components/CopyField';
import { Dialog } from '../../components/Dialog';
import { csvTemplate, datasetToCsv } from '../../io/csvToDataset';
import { exportFileName } from '../../io/exportFileName';
import type { Size } from '../../io/exportScene';
import { svgToPng } from '../../io/rasterize';
import { datasetToJson } from '../../io/datasetToJson';
import { referenceList } from '../../io/referenceList';
import { memoizeLast } from '../../lib/memoizeLast';
import { planSlides } from '../../io/slidePlan';
import { blobToDataUrl } from '../../lib/blobToDataUrl';
import { downloadBlob, mayBeBlockedFromDownloading } from '../../lib/downloadBlob';
import { selectionName } from '../../model/selectionName';
import { tourOrder } from '../../model/tour';
import { viewOf, type ViewState } from '../../model/viewState';
import type { ExplorerStore } from '../../store/explorerStore';
import type { GraphRenderer } from './graphRenderer';
import { renderScene } from './renderScene';
import './export.css';

interface ExportDialogProps {
  readonly store: ExplorerStore;
  readonly renderGraph: GraphRenderer;
  readonly onClose: () => void;
}

const sizes = {
  large: { width: 1920, height: 1080, label: '1920 × 1080 (Full HD, for a projector)' },
  small: { width: 1280, height: 720, label: '1280 × 720 (HD, a smaller file)' },
} as const;
type SizeName = keyof typeof sizes;

/** Sharp on high-density screens and when a slide is zoomed; svgToPng keeps it within what a canvas holds. */
const pixelRatio = () => Math.min(Math.max(window.devicePixelRatio || 1, 1), 3);

/** Thrown when the dialog closes while a file is still being made: nothing is saved then. */
class Closed extends Error {}

/**
 * Take the view into any slide deck: a PNG (downloaded or on the clipboard), a standalone SVG, or
 * a ready .pptx deck. Each is drawn by the screen's renderer (see GraphRenderer) with the current
 * filters and selection.
 */
export function ExportDialog({ store, renderGraph, onClose }: ExportDialogProps) {
  const [sizeName, setSizeName] = useState<SizeName>('large');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [offerDownload, setOfferDownload] = useState(false);
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);
  const size: Size = sizes[sizeName];
  const dataHeadingId = useId();
  // Recomputed when the story or the filters change, not on every store update (a selection).
  const [referencesOf] = useState(() => memoizeLast(referenceList));
  const references = useStore(store, (s) => referencesOf(s.dataset, store.selectors.filters(s)));
  const saveText = (text: string, extension: string, type: string) => {
    const name = exportFileName(store.getState().dataset.meta, extension);
    downloadBlob(new Blob([text], { type }), name);
    setStatus(`Saved ${name}.`);
  };

  const stillOpen = () => {
    if (!open.current) throw new Closed();
  };
  const current = () => {
    const state = store.getState();
    return { dataset: state.dataset, view: viewOf(state) };
  };
  const fileName = (extension: string) => {
    const { dataset, view } = current();
    return exportFileName(dataset.meta, extension, selectionName(dataset, view.selected));
  };
  const png = async (view?: ViewState, ratio = pixelRatio()) => {
    const { dataset, view: now } = current();
    const svg = await renderScene(dataset, view ?? now, size, renderGraph);
    stillOpen();
    return svgToPng(svg, size.width, size.height, ratio);
  };
  // One file at a time; the buttons stay focusable (aria-disabled) so focus never falls to the page.
  const run = (working: string, task: () => Promise<string>) => {
    if (busy) return;
    setBusy(true);
    setOfferDownload(false);
    setStatus(working);
    void task()
      .then((done) => open.current && setStatus(done))
      .catch((error: unknown) => {
        if (error instanceof Closed || !open.current) return;
        setStatus(error instanceof Error ? error.message : String(error));
      })
      .finally(() => open.current && setBusy(false));
  };

  const downloadPng = () =>
    run('Drawing the picture…', async () => {
      const name = fileName('png');
      const blob = await png();
      stillOpen();
      downloadBlob(blob, name);
      return `Saved ${name}.`;
    });
  const downloadSvg = () =>
    run('Drawing the picture…', async () => {
      const { dataset, view } = current();
      const name = fileName('svg');
      const svg = await renderScene(dataset, view, size, renderGraph);
      stillOpen();
      downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
      return `Saved ${name}.`;
    });
  const copyImage = () =>
    run('Drawing the picture…', async () => {
      const refused = (why: string) => {
        setOfferDownload(true);
        return `${why} Download the PNG instead, then insert the file.`;
      };
      if (navigator.clipboard?.write === undefined || typeof ClipboardItem === 'undefined')
        return refused('This browser does not let pages put pictures on the clipboard.');
      try {
        // The promise, not the blob: the clipboard is claimed while the click still counts.
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': png() })]);
        return 'Copied: paste it into your slide (Ctrl+V, or ⌘V on a Mac).';
      } catch (error) {
        if (error instanceof Closed) throw error;
        return refused('The browser refused the clipboard here.');
      }
    });
  const downloadSlides = () =>
    run('Making the slides…', async () => {
      const { dataset, view } = current();
      const { buildPptx } = await import('../../io/buildPptx');
      // The tour's order first; a deck leaves no actor out.
      const tour = tourOrder(dataset);
      const order = [...tour, ...dataset.actors.map((actor) => actor.id).filter((id) => !tour.includes(id))];
      const plan = planSlides(dataset, view, order);
      // buildPptx draws each distinct view once.
      const images = new Set(plan.flatMap((slide) => ('image' in slide ? [slide.image.selected] : []))).size;
      let drawn = 0;
      const deck = await buildPptx(plan, dataset.meta, async (image) => {
        stillOpen();
        drawn += 1;
        setStatus(`Drawing picture ${drawn} of ${images}…`);
        const selected = image.selected === null ? null : { kind: 'actor' as const, id: image.selected };
        return blobToDataUrl(await png({ ...view, selected }, 1));
      });
      stillOpen();
      const name = exportFileName(dataset.meta, 'pptx');
      downloadBlob(deck, name);
      return `Saved ${name}: ${plan.length} slides.`;
    });

  return (
    <Dialog title="Export this view" onClose={onClose} className="export">
      <p className="export__intro">
        For PowerPoint, Keynote and Google Slides: the picture shows this selection with these filters, with the
        title, a key and the source.
      </p>
      {mayBeBlockedFromDownloading() && (
        <p className="export__note" role="note">
          This page runs in a frame that may not save files: if nothing arrives, open Who Gains in its own tab.
        </p>
      )}
      <fieldset className="export__sizes">
        <legend>Picture size</legend>
        {(Object.keys(sizes) as SizeName[]).map((name) => (
          <label key={name}>
            <input type="radio" name="export-size" checked={sizeName === name} onChange={() => setSizeName(name)} />
            {sizes[name].label}
          </label>
        ))}
      </fieldset>
      <div className="export__actions">
        <button type="button" aria-disabled={busy} onClick={downloadPng}>
          Download PNG
        </button>
        <button type="button" aria-disabled={busy} onClick={copyImage}>
          Copy image
        </button>
        <button type="button" aria-disabled={busy} onClick={downloadSvg}>
          Download SVG
        </button>
        <button type="button" aria-disabled={busy} onClick={downloadSlides}>
          Download slides (.pptx)
        </button>
      </div>
      <div className="export__status">
        <p role="status">{status}</p>
        {offerDownload && (
          <button type="button" aria-disabled={busy} onClick={downloadPng}>
            Download the PNG
          </button>
        )}
      </div>
      <section className="export__data" aria-labelledby={dataHeadingId}>
        <h3 id={dataHeadingId}>The data</h3>
        <p className="export__hint">
          The whole story, to edit in a spreadsheet or a text editor and open again with Open data…; the template is
          a blank to fill in.
        </p>
        <div className="export__actions">
          <button type="button" onClick={() => saveText(datasetToJson(store.getState().dataset), 'json', 'application/json')}>
            Download JSON
          </button>
          <button type="button" onClick={() => saveText(datasetToCsv(store.getState().dataset), 'csv', 'text/csv')}>
            Download CSV
          </button>
          <button type="button" onClick={() => downloadBlob(new Blob([csvTemplate()], { type: 'text/csv' }), 'who-gains-template.csv')}>
            Download CSV template
          </button>
        </div>
        <CopyField label="Reference list (the sources this view shows)" value={references} rows={5} />
      </section>
      <p className="export__hint">
        The slides: a title slide, the whole map, one slide per actor with its gains as text you can edit and the
        quotes in the speaker notes, and the sources. Google Slides opens them with File › Import slides. To print a
        handout, use your browser&apos;s Print.
      </p>
    </Dialog>
  );
}
