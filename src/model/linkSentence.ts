import type { Dataset } from './dataset';
import type { GraphLink } from './graph';
import { plural } from './plural';

/** "A, B and C": names read as a sentence does. */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * One link as a sentence, for a listener walking the graph: who gains, provides or bears what,
 * from or to whom, and who says so ("North Korea gains Oil from Russia, cited by CNN and The
 * Conversation, 2 outlets"). The counterparts come from the link's claims: a gain's providers,
 * a provision's beneficiaries.
 */
export function linkSentence(link: GraphLink, dataset: Dataset): string {
  const { actors, benefitTypes, outlets, claims } = dataset.index;
  const actorName = (id: string) => actors.get(id)?.name ?? id;
  const actorId = link.source.slice(link.source.indexOf(':') + 1);
  const benefit = benefitTypes.get(link.benefitTypeId)?.label ?? link.benefitTypeId;
  const counterparts = new Set<string>();
  for (const claimId of link.claimIds) {
    const claim = claims.get(claimId);
    if (claim === undefined) continue;
    const other = link.kind === 'provides' ? claim.beneficiary : claim.provider;
    if (other !== undefined && other !== actorId) counterparts.add(actorName(other));
  }
  const others = listInWords([...counterparts]);
  const who = actorName(actorId);
  const what =
    link.kind === 'gains'
      ? `${who} gains ${benefit}${others === '' ? '' : ` from ${others}`}`
      : link.kind === 'provides'
        ? `${who} provides ${benefit}${others === '' ? '' : ` to ${others}`}`
        : `${who} bears a cost: ${benefit}${others === '' ? '' : `, from ${others}`}`;
  const cited = listInWords(link.outletIds.map((id) => outlets.get(id)?.name ?? id));
  return `${what}, cited by ${cited}, ${plural(link.weight, 'outlet')}`;
}
