import type { ReactNode } from 'react';
import { useProgressiveCount } from '../../lib/useProgressiveCount';

export interface FilterOption {
  readonly id: string;
  readonly label: string;
  /** What its count says, after the label: "1 claim", "3 claims, 1 alone". */
  readonly detail: string;
  /** A swatch tying the option to the graph's colours; optional. */
  readonly swatch?: ReactNode;
}

interface FilterGroupProps {
  readonly legend: string;
  readonly options: readonly FilterOption[];
  readonly hidden: ReadonlySet<string>;
  onToggle(id: string): void;
  onSetAllHidden(hidden: boolean): void;
  /** Read-only: the choices are shown, but cannot be changed (a locked embed). */
  readonly disabled?: boolean;
}

/**
 * A fieldset of checkboxes, one per option, with what hiding it touches, plus "All" and "None".
 * Each checkbox is named by its visible text ("CNN · 3 claims, 1 alone"), so speech and screen agree.
 */
export function FilterGroup({ legend, options, hidden, onToggle, onSetAllHidden, disabled = false }: FilterGroupProps) {
  const shown = options.filter((o) => !hidden.has(o.id)).length;
  // Hundreds of options (a large imported story) arrive over a few tasks, not in one long one.
  const drawn = useProgressiveCount(options.length, 60);
  return (
    <fieldset className="filter-group" disabled={disabled}>
      <legend>{legend}</legend>
      {!disabled && (
        <div className="filter-group__bulk">
          <button type="button" onClick={() => onSetAllHidden(false)} disabled={shown === options.length}>
            All
          </button>
          <button type="button" onClick={() => onSetAllHidden(true)} disabled={shown === 0}>
            None
          </button>
        </div>
      )}
      <ul className="filter-group__options">
        {(drawn < options.length ? options.slice(0, drawn) : options).map((option) => (
          <li key={option.id}>
            <label className="filter-option">
              <input
                type="checkbox"
                checked={!hidden.has(option.id)}
                onChange={() => onToggle(option.id)}
                // The visible text, spelled out: name computations differ on the spaces around spans.
                aria-label={`${option.label} · ${option.detail}`}
              />
              {option.swatch}
              <span className="filter-option__label">
                {option.label}
                <span className="filter-option__count">{` · ${option.detail}`}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
