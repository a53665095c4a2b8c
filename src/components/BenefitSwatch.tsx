/** The benefit type's diamond in its colour, as in the graph. Decorative: the label says the rest. */
export function BenefitSwatch({ colour }: { colour: string }) {
  return (
    <svg className="swatch" width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true" focusable="false">
      <rect x="-4.5" y="-4.5" width="9" height="9" transform="rotate(45)" fill={colour} className="swatch__shape" />
    </svg>
  );
}
