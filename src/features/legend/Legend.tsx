import type { LinkKind } from '../../model/graph';
import { linkStyles } from '../../theme/linkStyles';
import './legend.css';

const kinds = Object.keys(linkStyles) as LinkKind[];

/** Explains shapes, line styles and widths; `compact` is the one-line version for embeds. */
export function Legend({ compact = false, id }: { compact?: boolean; id?: string }) {
  return (
    <section className={`legend${compact ? ' legend--compact' : ''}`} aria-label="Legend" id={id}>
      {!compact && <h2 className="legend__title">How to read the graph</h2>}
      <ul className="legend__items">
        <li>
          <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
            <circle r="9" className="legend__actor" />
          </svg>
          Actor
        </li>
        <li>
          <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">
            <rect x="-6" y="-6" width="12" height="12" transform="rotate(45)" className="legend__benefit" />
          </svg>
          Benefit type
        </li>
        {kinds.map((kind) => (
          <li key={kind}>
            <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
              <line x1="1" y1="6" x2="28" y2="6" stroke={linkStyles[kind].colour} strokeWidth="3" strokeDasharray={linkStyles[kind].dash} />
              <path d="M27,1L35,6L27,11z" fill={linkStyles[kind].colour} />
            </svg>
            {compact ? linkStyles[kind].label : `${linkStyles[kind].label} (${linkStyles[kind].description})`}
          </li>
        ))}
        {!compact && (
          <>
            <li>Diamond colour: the benefit type, as beside its filter box</li>
            <li>Thicker line: more outlets support the link</li>
            <li>Dashed, pale node: the filters hide all its claims</li>
          </>
        )}
      </ul>
    </section>
  );
}
