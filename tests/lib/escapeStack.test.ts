import { describe, expect, it, vi } from 'vitest';
import { pushEscapeLayer } from '../../src/lib/escapeStack';

const pressEscape = () => {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  return event;
};

describe('escape stack', () => {
  it('hands Escape to the innermost open layer only, then to the one below once it closes', () => {
    const outer = vi.fn();
    const inner = vi.fn();
    const removeOuter = pushEscapeLayer(outer);
    const removeInner = pushEscapeLayer(inner);
    expect(pressEscape().defaultPrevented).toBe(true);
    expect(inner).toHaveBeenCalledTimes(1);
    expect(outer).not.toHaveBeenCalled();
    removeInner();
    pressEscape();
    expect(outer).toHaveBeenCalledTimes(1);
    removeOuter();
    expect(pressEscape().defaultPrevented).toBe(false);
    expect(outer).toHaveBeenCalledTimes(1);
  });

  it('removes a layer from the middle without disturbing the others', () => {
    const calls: string[] = [];
    const removeA = pushEscapeLayer(() => calls.push('a'));
    const removeB = pushEscapeLayer(() => calls.push('b'));
    const removeC = pushEscapeLayer(() => calls.push('c'));
    removeB();
    pressEscape();
    removeC();
    pressEscape();
    removeA();
    expect(calls).toEqual(['c', 'a']);
  });

  it('leaves alone an Escape that something else already handled, and other keys', () => {
    const layer = vi.fn();
    const remove = pushEscapeLayer(layer);
    const handled = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    handled.preventDefault();
    document.body.dispatchEvent(handled);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(layer).not.toHaveBeenCalled();
    remove();
  });
});
