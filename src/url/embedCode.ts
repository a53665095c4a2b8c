/** Text for an HTML attribute value in double quotes: nothing in it can end the attribute or start a tag. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The frame's starting height for a graph of this aspect (height / width): an 800 px wide column
 * plus the title and caption lines, within what a page can hold. The height message (see
 * usePostHeight) corrects it where the host listens.
 */
export function embedHeight(aspect: number): number {
  const chrome = 96;
  const height = Number.isFinite(aspect) && aspect > 0 ? Math.round(800 * aspect) + chrome : 540;
  return Math.min(720, Math.max(320, height));
}

/** The `<iframe>` code for a page or a slide tool that takes HTML. `title` names the frame for screen readers. */
export function embedCode(src: string, title: string, height: number): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="border:0" allow="fullscreen"></iframe>`;
}
