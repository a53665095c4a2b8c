/** `?embed=1` (or `true`) shows the bare graph for an iframe in a slide or a page. */
export function isEmbed(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value === '1' || value === 'true';
}

/** How an embed is dressed: `title=0` hides its one-line title. */
export interface EmbedOptions {
  readonly title: boolean;
}

export function embedOptions(search: string): EmbedOptions {
  const title = new URLSearchParams(search).get('title');
  return { title: title !== '0' && title !== 'false' };
}
