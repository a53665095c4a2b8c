import { describe, expect, it } from 'vitest';
import bundled from '../../data/nk-russia-2023.json';
import { parseDataset } from '../../src/model/parseDataset';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

function errorsFor(mutate: (data: ReturnType<typeof tinyDatasetInput>) => unknown) {
  const data = tinyDatasetInput();
  const result = parseDataset(mutate(data) ?? data);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.errors;
}

describe('parseDataset', () => {
  it('accepts the bundled dataset and indexes it by id', () => {
    const result = parseDataset(bundled);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.index.actors.get('north-korea')?.name).toBe('North Korea');
    expect(result.dataset.index.claims.size).toBe(result.dataset.claims.length);
  });

  it('names an unknown beneficiary with its path', () => {
    const errors = errorsFor((d) => {
      d.claims[2]!.beneficiary = 'russia2';
    });
    expect(errors).toEqual([{ path: 'claims[2].beneficiary', message: '"russia2" is not a known actor' }]);
  });

  it('names unknown providers, benefit types, outlets and speakers', () => {
    const errors = errorsFor((d) => {
      d.claims[0]!.provider = 'nobody';
      d.claims[0]!.benefitType = 'gold';
      d.claims[0]!.citations[0]!.outlet = 'gazette';
      d.claims[0]!.citations[0]!.speaker = 'pat';
    });
    expect(errors.map((e) => e.path)).toEqual([
      'claims[0].provider',
      'claims[0].benefitType',
      'claims[0].citations[0].outlet',
      'claims[0].citations[0].speaker',
    ]);
    expect(errors[1]?.message).toBe('"gold" is not a known benefit type');
  });

  it('checks the tour like every reference: known actors, each once', () => {
    const errors = errorsFor((d) => {
      const [first] = d.actors;
      Object.assign(d.meta, { tour: [first!.id, 'atlantis', first!.id] });
    });
    expect(errors).toEqual([
      { path: 'meta.tour[1]', message: '"atlantis" is not a known actor' },
      { path: 'meta.tour[2]', message: `"${tinyDatasetInput().actors[0]!.id}" is already in the tour (meta.tour[0])` },
    ]);
  });

  it('rejects a duplicate id and says where the first one is', () => {
    const errors = errorsFor((d) => {
      d.actors.push({ ...d.actors[0]!, name: 'Alpha again' });
    });
    expect(errors).toEqual([{ path: 'actors[3].id', message: '"alpha" is a duplicate id (actors[0] has it too)' }]);
  });

  it('rejects a citation without a quote', () => {
    const errors = errorsFor((d) => {
      delete (d.claims[1]!.citations[0] as { quote?: string }).quote;
    });
    expect(errors).toEqual([{ path: 'claims[1].citations[0].quote', message: 'is missing (expected text)' }]);
  });

  it('rejects a value of the wrong type, naming what it got', () => {
    const errors = errorsFor((d) => ({ ...d, actors: [{ ...d.actors[0], name: 42 }, ...d.actors.slice(1)] }));
    expect(errors).toEqual([{ path: 'actors[0].name', message: 'should be text, but is number 42' }]);
  });

  it('rejects a claim without citations, an unknown polarity and an unknown field', () => {
    const errors = errorsFor((d) => ({
      ...d,
      claims: [{ ...d.claims[0], citations: [], polarity: 'win', colour: 'red' }],
    }));
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'claims[0].polarity: should be one of "gain", "cost", but is the text "win"',
      'claims[0].citations: needs at least one citation',
      'claims[0]: has unknown field "colour"',
    ]);
  });

  it('rejects a provider that is also the beneficiary', () => {
    const errors = errorsFor((d) => {
      d.claims[0]!.provider = 'alpha';
    });
    expect(errors).toEqual([{ path: 'claims[0].provider', message: 'must differ from the beneficiary' }]);
  });

  it('bounds each kind of text, naming the length found and the most allowed', () => {
    const errors = errorsFor((d) => {
      d.actors[0]!.name = 'N'.repeat(5_000);
      d.claims[0]!.citations[0]!.quote = 'q'.repeat(5_001);
      d.claims[0]!.summary = 's'.repeat(1_000);
    });
    expect(errors).toEqual([
      { path: 'actors[0].name', message: 'is 5,000 characters long; the most is 200: shorten it' },
      { path: 'claims[0].citations[0].quote', message: 'is 5,001 characters long; the most is 5,000: shorten it' },
    ]);
  });

  it('refuses direction overrides and isolates in names and roles, not the marks right-to-left text uses', () => {
    const errors = errorsFor((d) => {
      d.actors[0]!.name = 'report\u202Egnp.exe';
      d.speakers[0] = { id: d.speakers[0]!.id, name: 'Dana', role: 'analyst \u2067at\u2069' };
      d.outlets[0]!.name = 'הארץ\u200F';
    });
    expect(errors.map((e) => e.path)).toEqual(['actors[0].name', 'speakers[0].role']);
    expect(errors[0]?.message).toMatch(/override or isolate control \(such as U\+202E\)/);
  });

  it('accepts only http and https links', () => {
    const errors = errorsFor((d) => {
      d.outlets[0] = { ...d.outlets[0]!, url: 'javascript:alert(1)' };
    });
    expect(errors).toEqual([{ path: 'outlets[0].url', message: 'must be an http: or https: URL' }]);
    const ok = tinyDatasetInput();
    ok.outlets[0] = { ...ok.outlets[0]!, url: 'https://example.org/daily' };
    expect(parseDataset(ok).ok).toBe(true);
  });

  it('rejects an unsupported schema version and input that is not an object', () => {
    expect(errorsFor((d) => ({ ...d, schemaVersion: 2 }))).toEqual([
      { path: 'schemaVersion', message: 'must be 1 (the only schema version this app reads)' },
    ]);
    const result = parseDataset([]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: '(root)', message: 'should be an object, but is a list' }]);
  });

  it('treats ids like "__proto__" as plain data', () => {
    const errors = errorsFor((d) => {
      d.claims[0]!.beneficiary = '__proto__';
    });
    expect(errors[0]?.path).toBe('claims[0].beneficiary');
  });
});
