import { Dialog } from '../../components/Dialog';
import type { ImportProblem } from '../../io/importProblem';
import { plural } from '../../model/plural';
import './import.css';

interface ImportReportProps {
  readonly fileName: string;
  /** Problems that stopped the file, or (opened) warnings about what lost nothing: similar names, columns or fields the app does not read. */
  readonly problems: readonly ImportProblem[];
  readonly total: number;
  readonly opened: boolean;
  readonly onClose: () => void;
}

/**
 * What went wrong with a file, each problem with its place and how to fix it. Every string is
 * rendered as text: a file's markup is shown, never run.
 */
export function ImportReport({ fileName, problems, total, opened, onClose }: ImportReportProps) {
  return (
    <Dialog title={opened ? `Opened “${fileName}”, with warnings` : `“${fileName}” could not be opened`} onClose={onClose} className="import-report">
      <p className="import-report__summary">
        {opened
          ? `Every claim in the file is on screen. ${plural(total, 'warning')} to check, each with its place:`
          : `${plural(total, 'problem')} found${total > problems.length ? `; the first ${problems.length} are listed` : ''}. The map on screen has not changed.`}
      </p>
      <ol className="import-report__list">
        {problems.map((p, i) => (
          <li key={i} className={`import-report__item is-${p.severity}`}>
            <span className="import-report__place">{p.place}</span>
            {p.severity === 'warning' && <span className="import-report__tag">Warning</span>}
            <span className="import-report__message">{p.message}</span>
            {p.hint !== undefined && <span className="import-report__hint">{p.hint}</span>}
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
