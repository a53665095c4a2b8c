/** Lower-case ASCII words joined by hyphens, for a file name any system accepts. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * The file name for an export: the selected actor or benefit type names a picture of it
 * (`who-gains-north-korea.png`), the story names the rest (`who-gains-nk-russia-2023.pptx`).
 */
export function exportFileName(story: { readonly id?: string | undefined; readonly title: string }, extension: string, selectedName?: string): string {
  const name = (selectedName !== undefined ? slug(selectedName) : '') || slug(story.id ?? '') || slug(story.title) || 'story';
  return `who-gains-${name}.${extension}`;
}
