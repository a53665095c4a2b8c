import type { ViewState } from '../model/viewState';
import { encodeView } from './viewUrl';

/** `?embed=1` (or `true`) shows the bare graph for an iframe in a slide or a page. */
export function isEmbed(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value === '1' || value === 'true';
}

/** How an embed is dressed, from its link. */
export interface EmbedOptions {
  /** `title=0` hides its one-line title. */
  readonly title: boolean;
  /** `filters=1` offers the filter controls behind a "Filters" button. */
  readonly filters: boolean;
  /** `lock=1`: the filters stay as the link set them; shown, they are read-only. */
  readonly lock: boolean;
}

export const defaultEmbedOptions: EmbedOptions = { title: true, filters: false, lock: false };

/** The parameters that dress an embed, and are dropped when it opens as the full page. */
export const embedParams = ['embed', 'title', 'filters', 'lock'] as const;

const isOn = (value: string | null) => value === '1' || value === 'true';

export function embedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const title = params.get('title');
  return { title: title !== '0' && title !== 'false', filters: isOn(params.get('filters')), lock: isOn(params.get('lock')) };
}

/** The address of this view as the full page: the same view, without the embed's dress. */
export function fullViewUrl(href: string): string {
  const url = new URL(href);
  for (const name of embedParams) url.searchParams.delete(name);
  return url.href.replace(/%2C/gi, ',');
}

/** The address of this view as an embed, dressed by `options` (defaults are left out of the link). */
export function embedViewUrl(href: string, options: EmbedOptions): string {
  const url = new URL(fullViewUrl(href));
  url.searchParams.set('embed', '1');
  if (!options.title) url.searchParams.set('title', '0');
  if (options.filters) url.searchParams.set('filters', '1');
  if (options.lock) url.searchParams.set('lock', '1');
  return url.href.replace(/%2C/gi, ',');
}

/** The full-page address of `view`, on the page at `href`: for a link to share (never in presentation mode). */
export function viewLink(view: ViewState, href: string): string {
  const page = new URL(href);
  return fullViewUrl(new URL(`${page.pathname}${encodeView({ ...view, presenting: false }, page.search)}${page.hash}`, page).href);
}
