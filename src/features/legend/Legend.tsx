import type { LinkKind } from '../../model/graph';
import { linkStyles, linkWidth } from '../../theme/linkStyles';
import './legend.css';

const kinds = Object.keys(linkStyles) as LinkKind[];
const weights = [1, 2, 3] as const;

/** Line width by number of outlets, drawn: the key that makes counts and thickness agree. */
function ThicknessKey() {
  return (
    <svg width="66" height="18" viewBox="0 0 66 18" aria-hidden="true" focusable="false">
      {weights.map((w, i) => (
        <line key={w} x1={2 + i * 22} y1="9" x2={18 + i * 22} y2="9" stroke="currentColor" strokeWidth={linkWidth(w)} />
      ))}
    </svg>
  );
}

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
          <svg width="34" height="18" viewBox="0 0 34 18" aria-hidden="true" focusable="false">
            <rect x="1" y="1" width="32" height="16" rx="6" className="legend__benefit" />
            <path d="M9,4L14,9L9,14L4,9Z" className="legend__swatch" />
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
        <li>
          <ThicknessKey />
          {compact ? 'width: 1, 2, 3 outlets' : 'Line width: how many outlets support the link (1, 2, 3…)'}
        </li>
        {!compact && (
          <>
            <li>Diamond colour: the benefit type, as beside its filter box</li>
            <li>Amber halo (Single-source claims on): one outlet alone supports the link</li>
            <li>Dashed, pale node: the filters hide all its claims</li>
          </>
        )}
      </ul>
    </section>
  );
}
