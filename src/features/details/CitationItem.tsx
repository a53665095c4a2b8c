import type { CitationView } from '../../model/selectionDetail';

/**
 * One source for a claim: the words (quoted, or marked as the article's paraphrase) and who said
 * them where. The words are an element of their own, isolated (base.css), so a direction control
 * in a quote cannot move the quotation marks around it.
 */
export function CitationItem({ citation, alsoSupports = [] }: { citation: CitationView; alsoSupports?: readonly string[] }) {
  const { speaker, outlet } = citation;
  return (
    <li className="citation">
      {citation.kind === 'quote' ? (
        <blockquote className="citation__quote">
          “<span className="citation__words">{citation.quote}</span>”
        </blockquote>
      ) : (
        <p className="citation__paraphrase">
          <span className="citation__tag">Article’s paraphrase:</span> <span className="citation__words">{citation.quote}</span>
        </p>
      )}
      <p className="citation__source">
        {speaker !== undefined && (
          <>
            <span className="citation__speaker">{speaker.name}</span>
            {speaker.role !== undefined && <span className="citation__role">, {speaker.role}</span>}
            {' · '}
          </>
        )}
        <cite className="citation__outlet">{outlet.name}</cite>
      </p>
      {alsoSupports.length > 0 && <p className="citation__also">Also supports {alsoSupports.join(', ')}.</p>}
    </li>
  );
}
