import { describe, expect, it } from 'vitest';
import { standaloneSvg, svgNs } from '../../src/io/standaloneSvg';

/** A drawn SVG in the document, with everything an export must leave behind. */
function hostileSvg(): SVGSVGElement {
  const holder = document.createElement('div');
  document.body.append(holder);
  const parsed = new DOMParser().parseFromString(
    `<svg xmlns="${svgNs}" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="alert(1)">
      <script>alert(2)</script>
      <defs><marker id="arrow" viewBox="0 0 10 10"><path d="M0,0L10,5L0,10z"/></marker></defs>
      <g class="layer" transform="translate(5,5)" onclick="alert(3)">
        <path d="M0,0L10,10" marker-end="url(#arrow)" style="stroke: red"/>
        <text x="1" y="2">&lt;img src=x onerror=alert(4)&gt; North Korea</text>
        <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
        <image href="https://example.org/track.png" width="10" height="10"/>
        <use xlink:href="https://example.org/sprite.svg#a"/>
        <a href="javascript:alert(5)"><rect width="3" height="3"/></a>
        <rect width="4" height="4" fill="url(https://example.org/p.svg#x)" style="fill: url(https://example.org/p.svg#x)"/>
        <circle r="3" style="display: none"/>
      </g>
    </svg>`,
    'image/svg+xml',
  );
  const svg = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  holder.append(svg);
  return svg;
}

describe('standaloneSvg', () => {
  it('keeps the drawing and its text, as text', () => {
    const doc = document.implementation.createDocument(svgNs, 'svg', null);
    const copy = standaloneSvg(hostileSvg(), doc, '0 0 200 100');
    expect(copy.getAttribute('viewBox')).toBe('0 0 200 100');
    expect(copy.querySelector('g')?.getAttribute('transform')).toBe('translate(5,5)');
    expect(copy.querySelector('marker')?.getAttribute('id')).toBe('arrow');
    // The paint as presentation attributes: a page under a strict policy applies no style attribute.
    const all = [copy, ...Array.from(copy.querySelectorAll('*'))];
    expect(all.map((el) => el.getAttribute('stroke'))).toEqual(expect.arrayContaining([expect.stringMatching(/^(red|rgb\(255, 0, 0\))$/)]));
    expect(all.filter((el) => el.hasAttribute('style'))).toEqual([]);
    expect(copy.querySelector('text')?.textContent).toBe('<img src=x onerror=alert(4)> North Korea');
    const xml = new XMLSerializer().serializeToString(copy);
    expect(xml).toContain('&lt;img src=x onerror=alert(4)&gt; North Korea');
  });

  it('leaves behind scripts, event attributes, foreign content, links and outside references', () => {
    const doc = document.implementation.createDocument(svgNs, 'svg', null);
    const copy = standaloneSvg(hostileSvg(), doc);
    const all = [copy, ...Array.from(copy.querySelectorAll('*'))];
    const names = new Set(all.map((el) => el.localName));
    for (const banned of ['script', 'foreignObject', 'image', 'use', 'a', 'div']) expect(names).not.toContain(banned);
    const attributes = all.flatMap((el) => Array.from(el.attributes).map((a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /^on/i.test(a))).toEqual([]);
    expect(attributes.filter((a) => /href|https?:|javascript:/i.test(a))).toEqual([]);
    // The hidden circle is not drawn, so it is not exported.
    expect(names).not.toContain('circle');
  });
});
