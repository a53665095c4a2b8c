/**
 * The page's first Tab stop: straight to the graph's focused node, past the header's buttons and
 * the filter boxes (WCAG 2.4.1). Hidden until focused.
 */
export function SkipToGraph({ target }: { target: string }) {
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const graph = document.getElementById(target);
        const node = graph?.querySelector<HTMLElement | SVGElement>('[data-node-id][tabindex="0"]');
        if (graph === null || node === null || node === undefined) return;
        event.preventDefault();
        node.focus();
      }}
    >
      Skip to graph
    </a>
  );
}
