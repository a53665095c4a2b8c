import { bench, describe } from 'vitest';
import { csvToDataset, datasetToCsv } from '../../src/io/csvToDataset';
import { parseCsv } from '../../src/io/parseCsv';
import { readDataset } from '../../src/io/readDataset';
import { seededRandom } from '../../src/layout/seededRandom';
import { parseDataset } from '../../src/model/parseDataset';
import { actorKinds, outletKinds, type DatasetInput } from '../../src/model/schema';

const size = { actors: 200, benefitTypes: 300, outlets: 50, speakers: 400, citations: 20_000 };

/** Words for names in a script that slugs keep (Latin) and in one they drop (Cyrillic: ids fall back to `actor-1`, `claim-1` …). */
const scripts = {
  latin: ['North', 'South', 'Grain', 'Oil', 'Port', 'Bank', 'Union', 'Council', 'Zürich', 'Fund', 'Rail', 'Energy'],
  cyrillic: ['Север', 'Юг', 'Зерно', 'Нефть', 'Порт', 'Банк', 'Союз', 'Совет', 'Москва', 'Фонд', 'Дорога', 'Энергия'],
};

/**
 * A spreadsheet-sized story, the same on every run (seeded): about 5 MB of CSV, one row per
 * citation, with the commas, quotes and accents real articles have, exported by the app's own
 * `datasetToCsv` so that it is exactly what a round trip reads.
 */
function bigStory(script: keyof typeof scripts): DatasetInput {
  const random = seededRandom(2024);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = ['grain', 'oil', 'trade', 'security', 'sanctions', 'labour', 'ports', 'arms', 'credit', 'prestige', 'leverage',
    'technology', 'energy', 'fertiliser', 'shipping', 'tourism', 'debt', 'aid', 'mining', 'fisheries', 'rail', 'satellites',
    'currency', 'votes', 'food', 'medicine', 'timber', 'coal', 'access', 'influence', 'Moscow’s', 'Pyongyang', 'Kyiv', 'Zürich'];
  const phrase = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  const sentence = (n: number) => {
    const text = phrase(n).replace(/^./, (c) => c.toUpperCase());
    // Some cells need quoting: a comma, or a quotation inside the quote.
    return random() < 0.3 ? `${text}, ${phrase(3)}.` : random() < 0.2 ? `“${text}”, said one, "${phrase(2)}".` : `${text}.`;
  };
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  // A name per index, unique, in the script's words only (the index spelled as words, not digits).
  const named = (i: number, parts: number) => range(parts).map((k) => scripts[script][Math.floor(i / 12 ** k) % 12]).join(' ');
  const actors = range(size.actors).map((i) => ({ id: `a${i}`, name: named(i, 3), kind: pick(actorKinds), description: 'Synthetic.' }));
  const benefitTypes = range(size.benefitTypes).map((i) => ({ id: `b${i}`, label: named(i, 3), description: 'Synthetic.' }));
  const outlets = range(size.outlets).map((i) => ({ id: `o${i}`, name: named(i, 2), kind: pick(outletKinds) }));
  const speakers = range(size.speakers).map((i) => ({ id: `s${i}`, name: named(i, 3), role: `${phrase(2)} analyst` }));
  const claims: DatasetInput['claims'] = [];
  for (let cited = 0, i = 0; cited < size.citations; i++) {
    const beneficiary = Math.floor(random() * size.actors);
    const count = Math.min(1 + Math.floor(random() * 4), size.citations - cited);
    cited += count;
    claims.push({
      id: `c${i}`,
      beneficiary: `a${beneficiary}`,
      ...(random() < 0.7 && { provider: `a${(beneficiary + 1 + Math.floor(random() * (size.actors - 1))) % size.actors}` }),
      benefitType: pick(benefitTypes).id,
      polarity: random() < 0.8 ? 'gain' : 'cost',
      summary: `${i}: ${sentence(6)}`,
      citations: range(count).map(() => ({
        outlet: pick(outlets).id,
        ...(random() < 0.6 && { speaker: pick(speakers).id }),
        kind: random() < 0.5 ? 'quote' : 'paraphrase',
        quote: sentence(12),
      })),
    });
  }
  const meta = { title: 'Big', description: 'Benchmark data.', article: { title: 'None', outlet: 'None', author: 'None' } };
  return { schemaVersion: 1, meta, actors, benefitTypes, outlets, speakers, claims };
}

/** The story as the CSV file a user drops, and as the dataset input its import builds. */
function bigCsv(script: keyof typeof scripts) {
  const story = parseDataset(bigStory(script));
  if (!story.ok) throw new Error(`benchmark story is invalid: ${JSON.stringify(story.errors.slice(0, 3))}`);
  const csv = datasetToCsv(story.dataset);
  const bytes = new TextEncoder().encode(csv);
  const imported = csvToDataset(csv).input;
  if (imported === null) throw new Error('benchmark CSV does not import');
  const megabytes = (bytes.length / 1024 / 1024).toFixed(2);
  console.log(
    `import bench (${script} names): ${megabytes} MB CSV, ${size.citations.toLocaleString('en')} citations, ${imported.claims.length.toLocaleString('en')} claims, ` +
      `${imported.actors.length} actors, ${imported.benefitTypes.length} benefit types, ${imported.outlets.length} outlets`,
  );
  return { csv, imported, megabytes, file: { name: 'big.csv', size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.buffer) } };
}

const few = { iterations: 5, time: 0 };
const latin = bigCsv('latin');

describe(`import a ${latin.megabytes} MB CSV (${size.citations.toLocaleString('en')} citations)`, () => {
  bench('readDataset (decode, parseCsv, csvToDataset, parseDataset)', async () => {
    if (!(await readDataset(latin.file)).ok) throw new Error('benchmark CSV was refused');
  }, few);
  bench('parseCsv alone', () => void parseCsv(latin.csv), few);
  bench('csvToDataset (parseCsv and building the dataset)', () => void csvToDataset(latin.csv), few);
  bench('parseDataset alone (the imported dataset)', () => void parseDataset(latin.imported), few);
});

// Names in a script the slug drops give every actor and claim a numbered fallback id, and each
// fallback is found by counting up from 1 (`allocate` in csvToDataset): quadratic in the claims.
const cyrillic = bigCsv('cyrillic');

describe(`import a ${cyrillic.megabytes} MB CSV with Cyrillic names (${size.citations.toLocaleString('en')} citations)`, () => {
  bench('readDataset', async () => {
    if (!(await readDataset(cyrillic.file)).ok) throw new Error('benchmark CSV was refused');
  }, { iterations: 3, time: 0 });
});
