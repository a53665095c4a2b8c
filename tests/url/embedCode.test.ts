import { describe, expect, it } from 'vitest';
import { embedCode, embedHeight } from '../../src/url/embedCode';

describe('embedCode', () => {
  it('writes a lazy, borderless, full-width frame with a title', () => {
    expect(embedCode('https://example.org/who-gains/?embed=1&actor=russia', 'Who gains', 540)).toBe(
      '<iframe src="https://example.org/who-gains/?embed=1&amp;actor=russia" title="Who gains" width="100%" height="540" loading="lazy" style="border:0" allow="fullscreen"></iframe>',
    );
  });

  it('keeps a hostile title inside its attribute', () => {
    const code = embedCode('https://example.org/', '"><script>alert(1)</script>', 400);
    const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe('"><script>alert(1)</script>');
    expect(code).not.toContain('<script>');
  });
});

describe('embedHeight', () => {
  it('follows the aspect, within what a page can hold', () => {
    expect(embedHeight(0.5)).toBe(496);
    expect(embedHeight(0.1)).toBe(320);
    expect(embedHeight(3)).toBe(720);
    expect(embedHeight(Number.NaN)).toBe(540);
  });
});
