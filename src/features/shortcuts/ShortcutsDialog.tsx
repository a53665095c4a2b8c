import { Dialog } from '../../components/Dialog';
import './shortcuts.css';

/** Every key the explorer answers, as the README's table lists them. */
const shortcuts: readonly (readonly [keys: string, does: string])[] = [
  ['Tab', 'the next control; the graph is one stop (Skip to graph, first on the page, goes straight there)'],
  ['Arrow keys', 'the nearest node that way'],
  ['Home / End', 'the first / last node'],
  ['Enter or Space', 'select or deselect the focused node'],
  ['] / [', 'read the focused node’s next / previous link'],
  ['F', 'follow the link just read to the node at its other end'],
  ['Alt + arrow', 'move the focused node (with Shift, further)'],
  ['Escape', 'close what is open, then clear the selection'],
  ['Back (the browser’s)', 'undo the last selection or filter'],
  ['?', 'this list'],
];

/** The keyboard shortcuts, opened with `?`. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts">
      <table className="shortcuts__table">
        <caption className="visually-hidden">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map(([keys, does]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
