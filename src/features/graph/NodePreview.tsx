export interface PreviewContent {
  readonly name: string;
  /** "gains 7 · provides 0 · costs 0". */
  readonly summary: string;
  /** Links that filters left with fewer outlets: "Oil: 1 outlet shown of 2". */
  readonly thinned: readonly string[];
}

/**
 * A small card beside a hovered or focused node: its name, what it gains and provides, and what
 * the filters thinned. Positioned over the graph in CSS pixels; it never moves the layout.
 */
export function NodePreview({ content, x, y, id }: { content: PreviewContent; x: number; y: number; id: string }) {
  return (
    <div className="graph-preview" role="tooltip" id={id} style={{ left: x, top: y }}>
      <strong className="graph-preview__name">{content.name}</strong>
      <span className="graph-preview__summary">{content.summary}</span>
      {content.thinned.map((line) => (
        <span key={line} className="graph-preview__thinned">
          {line}
        </span>
      ))}
    </div>
  );
}
