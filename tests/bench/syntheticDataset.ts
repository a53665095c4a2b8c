import { seededRandom } from '../../src/layout/seededRandom';
import type { DatasetInput } from '../../src/model/schema';

/** A valid dataset of the given size, reproducible (seeded), for benchmarks. */
export function syntheticDataset(size: { actors: number; benefitTypes: number; outlets: number; claims: number }): DatasetInput {
  const random = seededRandom(7);
  const pick = (n: number) => Math.floor(random() * n);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    schemaVersion: 1,
    meta: { title: 'Synthetic', description: 'Benchmark data.', article: { title: 'None', outlet: 'None', author: 'None' } },
    actors: range(size.actors).map((i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'state', description: 'Synthetic.' })),
    benefitTypes: range(size.benefitTypes).map((i) => ({ id: `b${i}`, label: `Benefit type ${i}`, description: 'Synthetic.' })),
    outlets: range(size.outlets).map((i) => ({ id: `o${i}`, name: `Outlet ${i}`, kind: 'newspaper' })),
    speakers: [{ id: 's0', name: 'Speaker', role: 'analyst' }],
    claims: range(size.claims).map((i) => {
      const beneficiary = pick(size.actors);
      const provider = (beneficiary + 1 + pick(size.actors - 1)) % size.actors;
      return {
        id: `c${i}`,
        beneficiary: `a${beneficiary}`,
        provider: `a${provider}`,
        benefitType: `b${pick(size.benefitTypes)}`,
        polarity: random() < 0.8 ? 'gain' : 'cost',
        summary: `Claim ${i}.`,
        citations: range(1 + pick(3)).map(() => ({ outlet: `o${pick(size.outlets)}`, speaker: 's0', kind: 'quote' as const, quote: 'Words.' })),
      };
    }),
  };
}
