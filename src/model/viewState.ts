import type { Dataset } from './dataset';
import type { NodeRef } from './nodeId';

/** The colour themes a link can ask for; `auto` follows the reader's system setting. */
export const themeChoices = ['auto', 'light', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** Everything about a view that a shared link restores. */
export interface ViewState {
  readonly selected: NodeRef | null;
  readonly hiddenBenefitTypes: ReadonlySet<string>;
  readonly hiddenOutlets: ReadonlySet<string>;
  /** Highlight every link that rests on a single outlet: the lesson on corroboration. */
  readonly singleSource: boolean;
  /** Presentation mode: full screen, projector type, stepping through the actors. */
  readonly presenting: boolean;
  readonly theme: ThemeChoice;
}

export const defaultView: ViewState = {
  selected: null,
  hiddenBenefitTypes: new Set(),
  hiddenOutlets: new Set(),
  singleSource: false,
  presenting: false,
  theme: 'auto',
};

/** Just the view of a larger state (such as the store's), for writing it into a link. */
export function viewOf(state: ViewState): ViewState {
  const { selected, hiddenBenefitTypes, hiddenOutlets, singleSource, presenting, theme } = state;
  return { selected, hiddenBenefitTypes, hiddenOutlets, singleSource, presenting, theme };
}

/** A view checked against a dataset, and what was dropped from it, for the reader to see. */
export interface CheckedView {
  readonly view: ViewState;
  /** Each dropped id, named for a notice: `unknown actor "grain"`. */
  readonly ignored: readonly string[];
}

/** Control and direction-override characters, shown as � in a notice: they would hide or reorder what it says. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafeInNotice = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Text from a link or file, cut short and made visible, so that a hostile 100 KB id cannot flood a notice nor reorder it. */
export function shortForNotice(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return cut.replace(unsafeInNotice, '\uFFFD');
}

/** `shortForNotice`, in quotation marks. */
export function quoteForNotice(text: string, max = 40): string {
  return `"${shortForNotice(text, max)}"`;
}

/** The nearest valid view for a dataset: ids it does not know are dropped and named, never an error. */
export function checkView(dataset: Dataset, view: ViewState): CheckedView {
  const { actors, benefitTypes, outlets } = dataset.index;
  const ignored: string[] = [];
  let selected = view.selected;
  if (selected !== null && !(selected.kind === 'actor' ? actors : benefitTypes).has(selected.id)) {
    ignored.push(`unknown ${selected.kind === 'actor' ? 'actor' : 'benefit type'} ${quoteForNotice(selected.id)}`);
    selected = null;
  }
  const known = (ids: ReadonlySet<string>, index: ReadonlyMap<string, unknown>, noun: string) => {
    const kept = new Set<string>();
    for (const id of ids) {
      if (index.has(id)) kept.add(id);
      else ignored.push(`unknown ${noun} ${quoteForNotice(id)}`);
    }
    return kept;
  };
  return {
    view: {
      ...view,
      selected,
      hiddenBenefitTypes: known(view.hiddenBenefitTypes, benefitTypes, 'benefit type'),
      hiddenOutlets: known(view.hiddenOutlets, outlets, 'source'),
    },
    ignored,
  };
}

/** The nearest valid view for a dataset: ids it does not know are dropped, never an error. */
export function sanitizeView(dataset: Dataset, view: ViewState): ViewState {
  return checkView(dataset, view).view;
}
