/** `?embed=1` (or `true`) shows the bare graph for an iframe in a slide or a page. */
export function isEmbed(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value === '1' || value === 'true';
}
