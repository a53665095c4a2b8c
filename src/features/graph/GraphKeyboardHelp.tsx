/** What the graph's keys do, read with the graph's name, and where what they find is said. */
export const graphKeysText =
  'Arrow keys move between nodes; Enter selects; square brackets read the node’s links; F follows the link read; Alt with an arrow moves the node.';

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
