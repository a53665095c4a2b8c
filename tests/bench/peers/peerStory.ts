import { csvToDataset } from '../../../src/io/csvToDataset';
import { deriveGraph } from '../../../src/model/deriveGraph';
import { noFilters } from '../../../src/model/filters';
import type { Graph } from '../../../src/model/graph';
import { parseDataset } from '../../../src/model/parseDataset';
import { linkStyles } from '../../../src/theme/linkStyles';

/**
 * For the bench's peer pages: the chosen file read into the same graph ours draws (the same CSV
 * reader and derivation, here on the page's thread, as a minimal page would), handed to `show`.
 */
export function onStoryChosen(show: (graph: Graph) => void): void {
  const input = document.querySelector<HTMLInputElement>('#file');
  input?.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file === undefined) return;
    void file.text().then((text) => {
      const { input: data } = csvToDataset(text, { title: file.name });
      const parsed = parseDataset(data);
      if (!parsed.ok) throw new Error('the story does not read');
      show(deriveGraph(parsed.dataset, noFilters));
    });
  });
}

export const linkColour = (kind: keyof typeof linkStyles) => linkStyles[kind].colour;

/** What the bench drives on a peer page, as our page's clicks do. */
export interface PeerControls {
  /** Highlights a node and its links (null: none). */
  select(id: string | null): void;
  /** Hides the links of one benefit type. */
  hideBenefit(id: string): void;
  /** Where a node is on screen, in CSS pixels of the page. */
  screenPoint(id: string): { x: number; y: number };
}

declare global {
  interface Window {
    peer?: PeerControls;
  }
}

/** Says the first complete picture is on screen (the bench waits for it). */
export function markDrawn(nodes: number, links: number): void {
  document.body.dataset.drawnNodes = String(nodes);
  document.body.dataset.drawnLinks = String(links);
}
