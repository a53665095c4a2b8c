import type { Dataset } from '../model/dataset';
import { NewTabLink } from './NewTabLink';

/** Where the claims come from: the article, its outlet and author. */
export function Attribution({ meta }: { meta: Dataset['meta'] }) {
  const { article } = meta;
  return (
    <p className="attribution">
      Source: “{article.title}”,{' '}
      {article.url !== undefined ? (
        <NewTabLink href={article.url}>{article.outlet}</NewTabLink>
      ) : (
        article.outlet
      )}
      , by {article.author}. Quotes as cited by the outlets named.
    </p>
  );
}
