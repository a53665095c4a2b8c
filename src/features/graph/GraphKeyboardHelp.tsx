/** What the graph's keys do, read with the graph's name, and where what they find is said. */
export const graphKeysText = 'Arrows move between nodes; Enter selects; [ and ] read links; F follows one; ? lists every key.';

/**
 * The graph's keyboard instructions (for `aria-describedby`) and its polite live region: the
 * link a walk reaches is said there, once.
 */
export function GraphKeyboardHelp({ id, announcement }: { id: string; announcement: string }) {
  return (
    <>
      <p id={id} className="visually-hidden">
        {graphKeysText}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" data-graph-announcement="">
        {announcement}
      </p>
    </>
  );
}
