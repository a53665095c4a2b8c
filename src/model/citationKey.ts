import type { Citation } from './schema';
import type { CitationView } from './selectionDetail';

/**
 * The same words from the same person in the same outlet are one source, however many claims
 * cite them: the panel, the printed handout and the slide deck all number sources by this key.
 */
export function citationKey(citation: Pick<Citation, 'outlet' | 'speaker' | 'kind' | 'quote'>): string {
  return `${citation.outlet}|${citation.speaker ?? ''}|${citation.kind}|${citation.quote}`;
}

/** The same key for a citation as the panel shows it (outlet and speaker resolved). */
export function citationViewKey(citation: CitationView): string {
  return citationKey({ outlet: citation.outlet.id, speaker: citation.speaker?.id, kind: citation.kind, quote: citation.quote });
}
