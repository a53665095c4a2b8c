import type { Actor, BenefitType, Claim, DatasetInput, Outlet, Speaker } from './schema';

/** A validated dataset: its ids are known to be unique and every reference resolves. */
export interface Dataset extends DatasetInput {
  readonly index: DatasetIndex;
}

/** Lookups by id. Maps, never plain objects, so an id like "__proto__" is just data. */
export interface DatasetIndex {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly benefitTypes: ReadonlyMap<string, BenefitType>;
  readonly outlets: ReadonlyMap<string, Outlet>;
  readonly speakers: ReadonlyMap<string, Speaker>;
  readonly claims: ReadonlyMap<string, Claim>;
}

/** One problem found in a dataset: where (a JSON path such as `claims[3].beneficiary`) and what. */
export interface DatasetError {
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly errors: readonly DatasetError[] };

export function indexById<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
