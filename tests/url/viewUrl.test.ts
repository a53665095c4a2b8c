import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkView, defaultView, themeChoices, type ViewState } from '../../src/model/viewState';
import { isEmbed } from '../../src/url/embedOptions';
import { maxQueryLength } from '../../src/url/parseQuery';
import { decodeView, encodeView, viewParams } from '../../src/url/viewUrl';
import { bundledDataset } from '../fixtures/datasets';

const dataset = bundledDataset();
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const view = (ids: fc.Arbitrary<string>): fc.Arbitrary<ViewState> =>
  fc.record({
    selected: fc.option(fc.record({ kind: fc.constantFrom('actor' as const, 'benefit' as const), id: ids }), { nil: null }),
    hiddenBenefitTypes: fc.uniqueArray(ids).map((list) => new Set(list)),
    hiddenOutlets: fc.uniqueArray(ids).map((list) => new Set(list)),
    singleSource: fc.boolean(),
    presenting: fc.boolean(),
    theme: fc.constantFrom(...themeChoices),
  });
/** Views of the bundled story: every id is one it knows. */
const validView: fc.Arbitrary<ViewState> = fc
  .record({
    actor: fc.option(fc.constantFrom(...dataset.actors.map((a) => a.id)), { nil: null }),
    benefit: fc.option(fc.constantFrom(...dataset.benefitTypes.map((b) => b.id)), { nil: null }),
    hiddenBenefitTypes: fc.subarray(dataset.benefitTypes.map((b) => b.id)),
    hiddenOutlets: fc.subarray(dataset.outlets.map((o) => o.id)),
    singleSource: fc.boolean(),
    presenting: fc.boolean(),
    theme: fc.constantFrom(...themeChoices),
  })
  .map(({ actor, benefit, hiddenBenefitTypes, hiddenOutlets, ...rest }) => ({
    ...rest,
    selected: actor !== null ? { kind: 'actor' as const, id: actor } : benefit !== null ? { kind: 'benefit' as const, id: benefit } : null,
    hiddenBenefitTypes: new Set(hiddenBenefitTypes),
    hiddenOutlets: new Set(hiddenOutlets),
  }));

/** Query strings built from our own parameter names, hostile ids and broken encodings. */
const hostileQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom(...Object.values(viewParams), 'embed', '__proto__', 'constructor', '', '%', 'hide-sources%'),
      fc.oneof(
        fc.string(),
        fc.constantFrom('', '__proto__', 'constructor', 'prototype', '%E0%A4%A', '%', '%ZZ', '%FF', ',,,', 'present', '1', 'dark'),
        fc.constantFrom(...dataset.actors.map((a) => a.id), ...dataset.outlets.map((o) => o.id)),
      ),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

/** What the app does with a link: read it, check it against the story, write the URL back. */
function visit(search: string) {
  const read = decodeView(search);
  const checked = checkView(dataset, read.view);
  return { view: checked.view, ignored: [...read.ignored, ...checked.ignored], rewritten: encodeView(checked.view, search) };
}

describe('view URL', () => {
  it('writes readable parameters', () => {
    const query = encodeView({
      ...defaultView,
      selected: { kind: 'actor', id: 'north-korea' },
      hiddenBenefitTypes: new Set(['oil', 'labor']),
      hiddenOutlets: new Set(['cnn']),
      presenting: true,
      theme: 'dark',
    });
    expect(query).toBe('?actor=north-korea&hide-benefits=labor,oil&hide-sources=cnn&mode=present&theme=dark');
    expect(decodeView('?benefit=oil').view.selected).toEqual({ kind: 'benefit', id: 'oil' });
  });

  it('round-trips any view, saying nothing was ignored', () => {
    fc.assert(
      fc.property(view(id), (v) => {
        expect(decodeView(encodeView(v))).toEqual({ view: v, ignored: [] });
      }),
    );
  });

  it('round-trips every valid view of the bundled story through the whole visit', () => {
    fc.assert(
      fc.property(validView, (v) => {
        const { view: read, ignored, rewritten } = visit(encodeView(v));
        expect(read).toEqual(v);
        expect(ignored).toEqual([]);
        expect(rewritten).toBe(encodeView(v));
      }),
    );
  });

  it('turns any hostile link into a valid view whose rewritten URL reads back clean', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), hostileQuery), (search) => {
        const { view: v, rewritten } = visit(search);
        expect(checkView(dataset, v).ignored).toEqual([]);
        // The URL the app writes back asks for exactly this view, and nothing in it is ignored.
        const again = visit(rewritten);
        expect(again.view).toEqual(v);
        expect(again.ignored).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('names each thing it ignores', () => {
    const { view: v, ignored, rewritten } = visit(
      '?actor=__proto__&benefit=oil&hide-sources=cnn,constructor&hide-benefits=&single-source=yes&mode=slides&theme=neon&x=%E0%A4%A',
    );
    expect(v).toEqual({ ...defaultView, hiddenOutlets: new Set(['cnn']) });
    expect(ignored).toEqual([
      'a badly encoded part "x=%E0%A4%A"',
      'benefit "oil" (a link selects one node)',
      'an empty hide-benefits',
      'single-source=yes',
      'mode=slides',
      'theme=neon',
      'unknown actor "__proto__"',
      'unknown source "constructor"',
    ]);
    expect(rewritten).toBe('?hide-sources=cnn');
  });

  it('uses the first of repeated values, merges repeated lists, and says so', () => {
    const { view: v, ignored } = visit('?actor=russia&actor=iran&hide-sources=cnn&hide-sources=npr');
    expect(v.selected).toEqual({ kind: 'actor', id: 'russia' });
    expect([...v.hiddenOutlets].sort()).toEqual(['cnn', 'npr']);
    expect(ignored).toEqual(['a second actor "iran"']);
  });

  it('reads no further than 4 KB of a 100 KB link, and keeps what came before', () => {
    const search = `?actor=russia&hide-sources=${'x'.repeat(100 * 1024)}`;
    const { view: v, ignored, rewritten } = visit(search);
    expect(v.selected).toEqual({ kind: 'actor', id: 'russia' });
    expect(ignored).toEqual([`the part of the link after its first ${maxQueryLength / 1024} KB`]);
    expect(rewritten).toBe('?actor=russia');
    // A hostile id is cut short in the notice.
    expect(visit(`?actor=${'y'.repeat(3000)}`).ignored[0]?.length).toBeLessThan(60);
  });

  it('keeps unrelated parameters such as embed', () => {
    const query = encodeView({ ...defaultView, hiddenOutlets: new Set(['npr']) }, '?embed=1&actor=iran');
    expect(query).toBe('?embed=1&hide-sources=npr');
    expect(isEmbed(query)).toBe(true);
  });

  it('writes nothing for the default view', () => {
    expect(encodeView(defaultView)).toBe('');
  });

  it('reads embed only from 1 or true', () => {
    expect(isEmbed('?embed=1')).toBe(true);
    expect(isEmbed('?embed=true')).toBe(true);
    expect(isEmbed('?embed=0')).toBe(false);
    expect(isEmbed('')).toBe(false);
  });
});
