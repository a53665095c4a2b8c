/**
 * Escape closes the innermost open thing first: a dialog before the panel it came from, the
 * panel before the selection. Each open thing pushes a layer; one document listener hands the
 * key to the most recently pushed layer that is still open.
 */
type Layer = () => void;

const layers: Layer[] = [];
let listening = false;

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const top = layers.at(-1);
  if (top === undefined) return;
  event.preventDefault();
  top();
}

/** Adds a layer on top; the returned function removes it (from wherever it is in the stack). */
export function pushEscapeLayer(onEscape: () => void, doc: Document = document): () => void {
  const layer: Layer = () => onEscape();
  layers.push(layer);
  if (!listening) {
    doc.addEventListener('keydown', onKeyDown);
    listening = true;
  }
  return () => {
    const at = layers.lastIndexOf(layer);
    if (at >= 0) layers.splice(at, 1);
    if (layers.length === 0 && listening) {
      doc.removeEventListener('keydown', onKeyDown);
      listening = false;
    }
  };
}
