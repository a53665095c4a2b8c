export interface PreviewContent {
  readonly name: string;
  /** "gains 7 · provides 0 · costs 0". */
  readonly summary: string;
  /** Links that filters left with fewer outlets: "Oil: 1 outlet shown of 2". */
  readonly thinned: readonly string[];
}

/** Where the card sits in the frame, in CSS pixels: from its left or right, and its top or bottom edge. */
export type PreviewPlace = ({ readonly top: number } | { readonly bottom: number }) &
  ({ readonly left: number } | { readonly right: number });

/**
 * A small card beside a hovered or focused node: its name, what it gains and provides, and what
 * the filters thinned. Positioned over the graph in CSS pixels; it never moves the layout.
 */
export function NodePreview({ content, place, id }: { content: PreviewContent; place: PreviewPlace; id: string }) {
  return (
    <div className="graph-preview" role="tooltip" id={id} style={place}>
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
