import type { NodeKind } from '../model/nodeId';
import type { ViewState } from '../model/viewState';

/**
 * The view as readable query parameters, e.g.
 * `?actor=north-korea&hide-benefits=oil,labor&hide-sources=cnn&single-source=1`.
 * Other parameters (such as `embed`) are left as they are.
 */
export const viewParams = {
  actor: 'actor',
  benefit: 'benefit',
  hiddenBenefitTypes: 'hide-benefits',
  hiddenOutlets: 'hide-sources',
  singleSource: 'single-source',
} as const;

const selectionParam: Readonly<Record<NodeKind, string>> = {
  actor: viewParams.actor,
  benefit: viewParams.benefit,
};

function writeList(params: URLSearchParams, name: string, ids: ReadonlySet<string>): void {
  if (ids.size === 0) params.delete(name);
  else params.set(name, [...ids].sort().join(','));
}

function readList(params: URLSearchParams, name: string): Set<string> {
  const value = params.get(name);
  if (value === null) return new Set();
  return new Set(value.split(',').map((s) => s.trim()).filter((s) => s !== ''));
}

/** The query string (with its `?`, or empty) for a view, keeping unrelated parameters of `search`. */
export function encodeView(view: ViewState, search = ''): string {
  const params = new URLSearchParams(search);
  params.delete(viewParams.actor);
  params.delete(viewParams.benefit);
  if (view.selected !== null) params.set(selectionParam[view.selected.kind], view.selected.id);
  writeList(params, viewParams.hiddenBenefitTypes, view.hiddenBenefitTypes);
  writeList(params, viewParams.hiddenOutlets, view.hiddenOutlets);
  if (view.singleSource) params.set(viewParams.singleSource, '1');
  else params.delete(viewParams.singleSource);
  // Commas separate ids (which cannot contain one); left unescaped they keep the link readable.
  const query = params.toString().replace(/%2C/gi, ',');
  return query === '' ? '' : `?${query}`;
}

/**
 * The view a query string asks for. Never throws: malformed values yield an empty selection or
 * list, and ids are not checked here (`sanitizeView` drops the ones the dataset does not know).
 */
export function decodeView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const actor = params.get(viewParams.actor)?.trim();
  const benefit = params.get(viewParams.benefit)?.trim();
  const selected = actor ? { kind: 'actor' as const, id: actor } : benefit ? { kind: 'benefit' as const, id: benefit } : null;
  return {
    selected,
    hiddenBenefitTypes: readList(params, viewParams.hiddenBenefitTypes),
    hiddenOutlets: readList(params, viewParams.hiddenOutlets),
    singleSource: params.get(viewParams.singleSource) === '1',
  };
}
