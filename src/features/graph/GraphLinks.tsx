import type { Emphases } from '../../model/emphasis';
import type { GraphLink as GraphLinkModel } from '../../model/graph';
import { GraphLink } from './GraphLink';

export interface LinkPaths {
  /** The routed (or, for a moved node's links, straight) path. */
  readonly d: string;
  /** The same run on to the pills' centres, for small frames. */
  readonly compactD: string;
}

interface GraphLinksProps {
  readonly links: readonly GraphLinkModel[];
  /** Links the last filter change removed, fading out. */
  readonly ghosts: readonly GraphLinkModel[];
  readonly scope: string;
  /** The selection's emphasis, when it has something to stand out with. */
  readonly emphases: Emphases | null;
  readonly singleSource: boolean;
  readonly pathsOf: (link: GraphLinkModel) => LinkPaths;
  readonly describe: (link: GraphLinkModel) => string;
  readonly unfilteredWeights: ReadonlyMap<string, number>;
}

/**
 * The links in two layers: the rest, and above them those that stand out (the selection's, or
 * the single-source ones while that switch is on). The rest step back as one group, by its
 * opacity: a selection restyles the group and the few links that move between layers, never
 * every link of a large story.
 */
export function GraphLinks({ links, ghosts, scope, emphases, singleSource, pathsOf, describe, unfilteredWeights }: GraphLinksProps) {
  const raisedBy = emphases !== null ? (l: GraphLinkModel) => emphases.links.has(l.id) : singleSource ? (l: GraphLinkModel) => l.weight === 1 : null;
  const rest: GraphLinkModel[] = [];
  const raised: GraphLinkModel[] = [];
  for (const link of links) (raisedBy?.(link) === true ? raised : rest).push(link);
  const restClass = emphases !== null ? ' is-faded' : singleSource ? ' is-resting' : '';
  const draw = (link: GraphLinkModel) => {
    const { d, compactD } = pathsOf(link);
    return (
      <GraphLink
        key={link.id}
        link={link}
        scope={scope}
        d={d}
        compactD={compactD}
        emphasis={emphases?.links.get(link.id)}
        singleSource={singleSource && link.weight === 1}
        unfilteredWeight={unfilteredWeights.get(link.id) ?? link.weight}
        description={describe(link)}
      />
    );
  };
  return (
    <g className="graph-links" aria-hidden="true">
      <g className={`graph-links__rest${restClass}`}>
        {ghosts.map((link) => {
          const { d, compactD } = pathsOf(link);
          return (
            <GraphLink
              key={`ghost:${link.id}`}
              link={link}
              scope={scope}
              d={d}
              compactD={compactD}
              emphasis={undefined}
              singleSource={false}
              unfilteredWeight={link.weight}
              ghost
              description={describe(link)}
            />
          );
        })}
        {rest.map(draw)}
      </g>
      <g className="graph-links__raised">{raised.map(draw)}</g>
    </g>
  );
}
