import type { Dataset } from '../model/dataset';

/** Where the claims come from: the article, its outlet and author. */
export function Attribution({ meta }: { meta: Dataset['meta'] }) {
  const { article } = meta;
  return (
    <p className="attribution">
      Source: “{article.title}”,{' '}
      {article.url !== undefined ? (
        <a href={article.url} rel="noopener noreferrer" target="_blank">
          {article.outlet}
        </a>
      ) : (
        article.outlet
      )}
      , by {article.author}. Quotes as cited by the outlets named.
    </p>
  );
}
