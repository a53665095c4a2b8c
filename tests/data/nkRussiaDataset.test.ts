import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/parseDataset';
import type { DatasetInput } from '../../src/model/schema';

/**
 * The bundled dataset must be faithful to its source article: every citation's text is found
 * verbatim in the article, quotes inside its quotation marks, paraphrases outside them.
 */

const root = join(import.meta.dirname, '..', '..');
const raw = readFileSync(join(root, 'data', 'nk-russia-2023.json'), 'utf8');
const articleFile = readFileSync(join(root, 'data', 'sources', 'nk-russia-alliance-article.txt'), 'utf8');

/** The article body: everything before the newsletter sign-up and the unrelated "related stories" list. */
const END_OF_ARTICLE = "Sign up for Today's Best Articles in your inbox";
const articleEnd = articleFile.indexOf(END_OF_ARTICLE);
const article = articleEnd === -1 ? '' : articleFile.slice(0, articleEnd);
const paragraphs = article.split('\n').filter((line) => line.trim() !== '');

/** The passages between each pair of straight double quotation marks, paragraph by paragraph. */
function quotedPassages(paragraph: string): string[] {
  return [...paragraph.matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? '');
}
const allQuotedPassages = paragraphs.flatMap(quotedPassages);

/** Whether `text` appears somewhere in `paragraph` outside every quoted passage. */
function occursOutsideQuotes(paragraph: string, text: string): boolean {
  let from = 0;
  for (;;) {
    const at = paragraph.indexOf(text, from);
    if (at === -1) return false;
    const marksBefore = (paragraph.slice(0, at).match(/"/g) ?? []).length;
    if (marksBefore % 2 === 0 && !text.includes('"')) return true;
    from = at + 1;
  }
}

const parsed = parseDataset(JSON.parse(raw));
// Tests below work on the raw JSON so they still report useful failures if parsing fails.
const data = JSON.parse(raw) as DatasetInput;
const citations = data.claims.flatMap((claim) =>
  claim.citations.map((citation, index) => ({ claim: claim.id, index, ...citation })),
);

describe('data/nk-russia-2023.json', () => {
  it('passes parseDataset: valid shape, unique ids, every reference known', () => {
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('declares the JSON schema, version 1 and the source article, without invented url or dates', () => {
    expect(data.$schema).toBe('./who-gains.schema.json');
    expect(data.schemaVersion).toBe(1);
    expect(data.meta.article).toEqual({
      title: 'A North Korea-Russia alliance is about more than weapons',
      outlet: 'The Week',
      author: 'Brigid Kennedy',
    });
    // The title and author really are the article's.
    expect(articleFile.startsWith(data.meta.article.title)).toBe(true);
    expect(articleFile).toContain(data.meta.article.author);
  });

  it('gives every claim at least one citation', () => {
    const uncited = data.claims.filter((claim) => claim.citations.length < 1).map((claim) => claim.id);
    expect(uncited).toEqual([]);
    expect(data.claims.length).toBeGreaterThan(0);
  });

  it('cites every outlet and every speaker at least once', () => {
    const citedOutlets = new Set(citations.map((c) => c.outlet));
    const citedSpeakers = new Set(citations.map((c) => c.speaker));
    expect(data.outlets.map((o) => o.id).filter((id) => !citedOutlets.has(id))).toEqual([]);
    expect(data.speakers.map((s) => s.id).filter((id) => !citedSpeakers.has(id))).toEqual([]);
  });

  it('contains the minimum actors, benefit types, outlets and speakers', () => {
    const ids = (list: { id: string }[]) => list.map((item) => item.id);
    expect(ids(data.actors)).toEqual(expect.arrayContaining(['russia', 'north-korea', 'united-states', 'iran']));
    expect(ids(data.benefitTypes)).toEqual(
      expect.arrayContaining([
        'munitions',
        'drones',
        'labor',
        'hard-currency',
        'oil',
        'missile-technology',
        'food-aid',
        'commodities',
        'strategic-leverage',
        'prestige',
      ]),
    );
    expect(ids(data.outlets)).toEqual(
      expect.arrayContaining([
        'the-wall-street-journal',
        'npr',
        'usa-today',
        'cnn',
        'the-new-york-times',
        'newsweek',
        'the-conversation',
        'white-house-briefing',
        'the-week',
      ]),
    );
    expect(data.speakers.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Jake Sullivan',
        'John Kirby',
        'Anthony Ruggiero',
        'Victor Cha',
        'David Sanger',
        'Sung Ki-young',
        'Daniel R. DePetris',
        'Daniel Salisbury',
        'Carl Schuster',
      ]),
    );
  });

  it('takes every speaker name and role verbatim from the article', () => {
    const notInArticle = data.speakers
      .flatMap((s) => (s.role === undefined ? [s.name] : [s.name, s.role]))
      .filter((text) => !article.includes(text));
    expect(notInArticle).toEqual([]);
  });

  it('encodes the key claims from the article', () => {
    const has = (beneficiary: string, benefitType: string, polarity: string, provider?: string) =>
      data.claims.some(
        (c) =>
          c.beneficiary === beneficiary &&
          c.benefitType === benefitType &&
          c.polarity === polarity &&
          c.provider === provider,
      );
    const expected: [string, string, string, string | undefined][] = [
      ['russia', 'munitions', 'gain', 'north-korea'],
      ['russia', 'drones', 'gain', 'iran'],
      ['russia', 'labor', 'gain', 'north-korea'],
      ['north-korea', 'hard-currency', 'gain', 'russia'],
      ['russia', 'strategic-leverage', 'gain', 'north-korea'],
      ['north-korea', 'strategic-leverage', 'gain', 'russia'],
      ['united-states', 'strategic-leverage', 'cost', undefined],
      ['north-korea', 'prestige', 'gain', 'russia'],
      ['north-korea', 'oil', 'gain', 'russia'],
      ['north-korea', 'missile-technology', 'gain', 'russia'],
      ['north-korea', 'food-aid', 'gain', 'russia'],
      ['north-korea', 'commodities', 'gain', 'russia'],
      ['russia', 'prestige', 'cost', undefined],
      ['russia', 'defense-industry', 'cost', undefined],
    ];
    expect(expected.filter(([b, t, p, v]) => !has(b, t, p, v))).toEqual([]);
  });

  it('attributes each claim and description to whoever makes it in the article', () => {
    const actor = (id: string) => data.actors.find((a) => a.id === id);
    const claim = (id: string) => data.claims.find((c) => c.id === id);
    // "an impoverished, isolated country with virtually zero allies" is the article's own aside.
    expect(actor('north-korea')?.description).toContain('the article calls it an impoverished, isolated country');
    expect(actor('north-korea')?.description).not.toMatch(/officials/i);
    // Sanger: a large power depends on Kim; Schuster: the alliance makes him look less isolated.
    expect(claim('north-korea-prestige-from-russia')?.summary).toMatch(/the alliance makes him look less isolated/);
    // Kirby's "taking a toll on his defense industrial base" is a cost to Russia, and still a
    // reason for the munitions it seeks.
    const toll = 'the war is taking a toll on his defense industrial base.';
    expect(claim('russia-defense-industry-cost')?.citations.map((c) => c.quote)).toEqual([toll]);
    expect(claim('russia-munitions-from-north-korea')?.citations.some((c) => c.quote.startsWith(toll))).toBe(true);
  });

  it('finds the end of the article body in the source text', () => {
    expect(articleEnd).toBeGreaterThan(0);
    // Sanity check on the source: quotation marks are balanced in every paragraph.
    const unbalanced = paragraphs.filter((p) => (p.match(/"/g) ?? []).length % 2 !== 0);
    expect(unbalanced).toEqual([]);
  });

  it('copies every citation verbatim from the article body', () => {
    const missing = citations
      .filter((c) => !article.includes(c.quote))
      .map((c) => `${c.claim}#${c.index}: ${c.quote}`);
    expect(missing).toEqual([]);
  });

  it('takes every "quote" citation from inside one pair of the article\'s quotation marks', () => {
    const outsideQuotes = citations
      .filter((c) => c.kind === 'quote')
      .filter((c) => !allQuotedPassages.some((passage) => passage.includes(c.quote)))
      .map((c) => `${c.claim}#${c.index}: ${c.quote}`);
    expect(outsideQuotes).toEqual([]);
  });

  it('takes every "paraphrase" citation from the article\'s own wording, outside its quotation marks', () => {
    const notOwnWording = citations
      .filter((c) => c.kind === 'paraphrase')
      .filter((c) => !paragraphs.some((paragraph) => occursOutsideQuotes(paragraph, c.quote)))
      .map((c) => `${c.claim}#${c.index}: ${c.quote}`);
    expect(notOwnWording).toEqual([]);
  });

  it('uses a separate citation for each quoted passage, without repeating one within a claim', () => {
    const repeated = data.claims.filter((claim) => {
      const texts = claim.citations.map((c) => c.quote);
      return new Set(texts).size !== texts.length;
    });
    expect(repeated.map((c) => c.id)).toEqual([]);
  });

  it('attributes paraphrases of the article itself to The Week with no speaker', () => {
    const wrong = citations
      .filter((c) => c.outlet === 'the-week')
      .filter((c) => c.kind !== 'paraphrase' || c.speaker !== undefined)
      .map((c) => `${c.claim}#${c.index}`);
    expect(wrong).toEqual([]);
  });
});
