/** The theme's colours and emphasis strengths, read from the page's custom properties for the canvas. */
export interface CanvasPalette {
  readonly actorFill: string;
  readonly nodeStroke: string;
  readonly pill: string;
  readonly ink: string;
  readonly inkStrong: string;
  readonly muted: string;
  readonly paper: string;
  readonly wash: string;
  readonly selectedFill: string;
  readonly singleSource: string;
  readonly focus: string;
  readonly font: string;
  readonly primaryWidth: number;
  readonly secondaryOpacity: number;
  readonly fadedLink: number;
  readonly fadedNode: number;
  readonly singleSourceRest: number;
}

/** The palette as the element's styles say (so a theme applies to the canvas as to the SVG). */
export function readPalette(element: Element): CanvasPalette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const number = (name: string, fallback: number) => Number.parseFloat(read(name, String(fallback))) || fallback;
  return {
    actorFill: read('--colour-actor-fill', '#e9edf2'),
    nodeStroke: read('--colour-node-stroke', '#2b2f36'),
    pill: read('--colour-pill', '#ffffff'),
    ink: read('--colour-ink', '#1c1f24'),
    inkStrong: read('--colour-ink-strong', '#000000'),
    muted: read('--colour-muted', '#555c66'),
    paper: read('--colour-paper', '#ffffff'),
    wash: read('--colour-wash', '#f5f6f8'),
    selectedFill: read('--colour-selected-fill', '#fff3c4'),
    singleSource: read('--colour-single-source', '#b58900'),
    focus: read('--colour-focus', '#1f5fbf'),
    font: style.fontFamily || 'system-ui, sans-serif',
    primaryWidth: number('--emphasis-primary-width', 1.3),
    secondaryOpacity: number('--emphasis-secondary-opacity', 0.55),
    fadedLink: number('--emphasis-faded-link', 0.12),
    fadedNode: number('--emphasis-faded-node', 0.3),
    singleSourceRest: number('--emphasis-single-source-rest', 0.35),
  };
}
