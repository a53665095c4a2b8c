import { useMemo } from 'react';
import { glyphs } from '../../model/glyph';
import { nodeId } from '../../model/nodeId';
import type { Dataset } from '../../model/dataset';
import { benefitColours, needsGlyphs } from '../../theme/palette';

/** Each benefit type's colour by node id, and its glyph where colours repeat (else null). */
export function useNodeColours(benefitTypes: Dataset['benefitTypes']) {
  const colours = useMemo(() => benefitColours(benefitTypes), [benefitTypes]);
  const glyphsById = useMemo(() => {
    if (!needsGlyphs(benefitTypes)) return null;
    const marks = glyphs(benefitTypes.map((b) => b.label));
    return new Map(benefitTypes.map((b, i) => [nodeId({ kind: 'benefit', id: b.id }), marks[i] ?? '']));
  }, [benefitTypes]);
  return { colours, glyphsById };
}
