import type { ReactNode } from 'react';

export interface FilterOption {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  /** A swatch tying the option to the graph's colours; optional. */
  readonly swatch?: ReactNode;
}

interface FilterGroupProps {
  readonly legend: string;
  readonly options: readonly FilterOption[];
  readonly hidden: ReadonlySet<string>;
  onToggle(id: string): void;
  onSetAllHidden(hidden: boolean): void;
}

/** A fieldset of checkboxes, one per option, with its claim count, plus "All" and "None". */
export function FilterGroup({ legend, options, hidden, onToggle, onSetAllHidden }: FilterGroupProps) {
  const shown = options.filter((o) => !hidden.has(o.id)).length;
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <div className="filter-group__bulk">
        <button type="button" onClick={() => onSetAllHidden(false)} disabled={shown === options.length}>
          All
        </button>
        <button type="button" onClick={() => onSetAllHidden(true)} disabled={shown === 0}>
          None
        </button>
      </div>
      <ul className="filter-group__options">
        {options.map((option) => (
          <li key={option.id}>
            <label className="filter-option">
              <input
                type="checkbox"
                checked={!hidden.has(option.id)}
                onChange={() => onToggle(option.id)}
                // Explicit, so "3" is read as "3 claims"; it starts with the visible text (WCAG 2.5.3).
                aria-label={`${option.label} ${option.count} ${option.count === 1 ? 'claim' : 'claims'}`}
              />
              {option.swatch}
              <span className="filter-option__label">{option.label}</span>
              <span className="filter-option__count">{option.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
