import type { Dataset } from '../model/dataset';
import type { Filters } from '../model/filters';
import { handoutContents, sourceAttribution } from '../model/handoutContents';

/**
 * The sources the view shows, numbered as the handout numbers them, as plain text a student can
 * paste into an assignment: each quote (or the article's paraphrase) with who said it and where,
 * then the article they were gathered from.
 */
export function referenceList(dataset: Dataset, filters: Filters): string {
  const { sources } = handoutContents(dataset, filters);
  const { article } = dataset.meta;
  const lines = sources.map((citation, i) => {
    const words = citation.kind === 'quote' ? `“${citation.quote}”` : `Paraphrase: ${citation.quote}`;
    return `${i + 1}. ${sourceAttribution(citation)}: ${words}`;
  });
  const from = `As cited in “${article.title}”, ${article.outlet}, by ${article.author}${article.url === undefined ? '' : `, ${article.url}`}.`;
  return [...lines, '', from].join('\n');
}
