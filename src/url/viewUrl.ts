import type { NodeKind } from '../model/nodeId';
import { quoteForNotice, themeChoices, type ThemeChoice, type ViewState } from '../model/viewState';
import { maxQueryLength, parseQuery } from './parseQuery';

/**
 * The view as readable query parameters, e.g.
 * `?actor=north-korea&hide-benefits=oil,labor&hide-sources=cnn&single-source=1&mode=present`.
 * Other parameters (such as `embed`) are left as they are.
 */
export const viewParams = {
  actor: 'actor',
  benefit: 'benefit',
  hiddenBenefitTypes: 'hide-benefits',
  hiddenOutlets: 'hide-sources',
  singleSource: 'single-source',
  mode: 'mode',
  theme: 'theme',
} as const;

const selectionParam: Readonly<Record<NodeKind, string>> = {
  actor: viewParams.actor,
  benefit: viewParams.benefit,
};

function writeList(params: URLSearchParams, name: string, ids: ReadonlySet<string>): void {
  if (ids.size > 0) params.set(name, [...ids].sort().join(','));
}

function writeFlag(params: URLSearchParams, name: string, value: string | null): void {
  if (value !== null) params.set(name, value);
}

const ourNames: ReadonlySet<string> = new Set(Object.values(viewParams));

/**
 * The query string (with its `?`, or empty) for a view: the other parameters of `search` first,
 * as they were (less any part too badly encoded to read), then the view's, always in one order.
 */
export function encodeView(view: ViewState, search = ''): string {
  const params = new URLSearchParams();
  for (const [name, values] of parseQuery(search).params)
    if (!ourNames.has(name)) for (const value of values) params.append(name, value);
  if (view.selected !== null) params.set(selectionParam[view.selected.kind], view.selected.id);
  writeList(params, viewParams.hiddenBenefitTypes, view.hiddenBenefitTypes);
  writeList(params, viewParams.hiddenOutlets, view.hiddenOutlets);
  writeFlag(params, viewParams.singleSource, view.singleSource ? '1' : null);
  writeFlag(params, viewParams.mode, view.presenting ? 'present' : null);
  writeFlag(params, viewParams.theme, view.theme === 'auto' ? null : view.theme);
  // Commas separate ids (which cannot contain one); left unescaped they keep the link readable.
  const query = params.toString().replace(/%2C/gi, ',');
  return query === '' ? '' : `?${query}`;
}

/** A view read from a link, and what in the link was not understood, named for a notice. */
export interface DecodedView {
  readonly view: ViewState;
  readonly ignored: readonly string[];
}

const isThemeChoice = (value: string): value is ThemeChoice => (themeChoices as readonly string[]).includes(value);

/**
 * The view a query string asks for. Never throws: what it cannot read (empty or malformed values,
 * invalid percent-encoding, a second value where one is expected, the tail of an over-long link)
 * is left out and named in `ignored`. Ids are not checked here (see `checkView`).
 */
export function decodeView(search: string): DecodedView {
  const { params, malformed, truncated } = parseQuery(search);
  const ignored = malformed.map((part) => `a badly encoded part ${quoteForNotice(part)}`);
  if (truncated) ignored.push(`the part of the link after its first ${maxQueryLength / 1024} KB`);

  /** The one value of a single-valued parameter: the first, trimmed; repeats and empties named. */
  const single = (name: string): string | null => {
    const values = params.get(name);
    if (values === undefined) return null;
    const [first = '', ...rest] = values.map((v) => v.trim());
    for (const other of rest) ignored.push(`a second ${name} ${quoteForNotice(other)}`);
    if (first === '') {
      ignored.push(`an empty ${name}`);
      return null;
    }
    return first;
  };
  /** Comma-separated ids, from every occurrence of the parameter. */
  const list = (name: string): Set<string> => {
    const values = params.get(name);
    if (values === undefined) return new Set();
    const ids = values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
    if (ids.length === 0) ignored.push(`an empty ${name}`);
    return new Set(ids);
  };
  /** A parameter with a fixed set of values. */
  const choice = <T,>(name: string, read: (value: string) => T | undefined): T | undefined => {
    const value = single(name);
    if (value === null) return undefined;
    const chosen = read(value);
    if (chosen === undefined) ignored.push(`${name}=${quoteForNotice(value).slice(1, -1)}`);
    return chosen;
  };

  const actor = single(viewParams.actor);
  const benefit = single(viewParams.benefit);
  if (actor !== null && benefit !== null) ignored.push(`benefit ${quoteForNotice(benefit)} (a link selects one node)`);
  const selected = actor !== null ? { kind: 'actor' as const, id: actor } : benefit !== null ? { kind: 'benefit' as const, id: benefit } : null;
  const flag = (v: string) => (v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : undefined);
  const mode = (v: string) => (v === 'present' || v === 'explore' ? v : undefined);
  return {
    view: {
      selected,
      hiddenBenefitTypes: list(viewParams.hiddenBenefitTypes),
      hiddenOutlets: list(viewParams.hiddenOutlets),
      singleSource: choice(viewParams.singleSource, flag) ?? false,
      presenting: choice(viewParams.mode, mode) === 'present',
      theme: choice(viewParams.theme, (v) => (isThemeChoice(v) ? v : undefined)) ?? 'auto',
    },
    ignored,
  };
}
