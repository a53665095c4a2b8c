import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ViewState } from '../../src/model/viewState';
import { isEmbed } from '../../src/url/embedOptions';
import { decodeView, encodeView } from '../../src/url/viewUrl';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const view: fc.Arbitrary<ViewState> = fc.record({
  selected: fc.option(fc.record({ kind: fc.constantFrom('actor' as const, 'benefit' as const), id }), { nil: null }),
  hiddenBenefitTypes: fc.uniqueArray(id).map((ids) => new Set(ids)),
  hiddenOutlets: fc.uniqueArray(id).map((ids) => new Set(ids)),
  singleSource: fc.boolean(),
});

describe('view URL', () => {
  it('writes readable parameters', () => {
    const query = encodeView({
      selected: { kind: 'actor', id: 'north-korea' },
      hiddenBenefitTypes: new Set(['oil', 'labor']),
      hiddenOutlets: new Set(['cnn']), singleSource: false,
    });
    expect(query).toBe('?actor=north-korea&hide-benefits=labor,oil&hide-sources=cnn');
    expect(decodeView('?benefit=oil').selected).toEqual({ kind: 'benefit', id: 'oil' });
  });

  it('round-trips any view', () => {
    fc.assert(
      fc.property(view, (v) => {
        expect(decodeView(encodeView(v))).toEqual(v);
      }),
    );
  });

  it('keeps unrelated parameters such as embed', () => {
    const query = encodeView({ selected: null, hiddenBenefitTypes: new Set(), hiddenOutlets: new Set(['npr']), singleSource: false }, '?embed=1&actor=iran');
    expect(query).toBe('?embed=1&hide-sources=npr');
    expect(isEmbed(query)).toBe(true);
  });

  it('writes nothing for the default view', () => {
    expect(encodeView({ selected: null, hiddenBenefitTypes: new Set(), hiddenOutlets: new Set(), singleSource: false })).toBe('');
  });

  it('reads any query string as a view that survives its own round trip', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const v = decodeView(search);
        // Ids are never empty or padded, so writing the view and reading it back changes nothing.
        for (const ids of [v.hiddenBenefitTypes, v.hiddenOutlets])
          for (const id of ids) expect(id !== '' && id === id.trim()).toBe(true);
        expect(decodeView(encodeView(v))).toEqual(v);
      }),
    );
    const v = decodeView('?actor=&benefit=%ZZ&hide-benefits=,,%E0%A4%A&hide-sources=cnn,,');
    expect(v.selected).toEqual({ kind: 'benefit', id: '%ZZ' });
    expect([...v.hiddenOutlets]).toEqual(['cnn']);
  });

  it('reads embed only from 1 or true', () => {
    expect(isEmbed('?embed=1')).toBe(true);
    expect(isEmbed('?embed=true')).toBe(true);
    expect(isEmbed('?embed=0')).toBe(false);
    expect(isEmbed('')).toBe(false);
  });
});
