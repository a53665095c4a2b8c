import type { NodeRef } from './nodeId';
import type { Claim } from './schema';

/** Every claim an actor is part of (as beneficiary or provider), or every claim of a benefit type. */
export function claimsAbout(claims: readonly Claim[], ref: NodeRef): Claim[] {
  return claims.filter((c) =>
    ref.kind === 'actor' ? c.beneficiary === ref.id || c.provider === ref.id : c.benefitType === ref.id,
  );
}
