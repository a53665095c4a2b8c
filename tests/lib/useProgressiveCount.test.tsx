import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgressiveCount } from '../../src/lib/useProgressiveCount';

describe('useProgressiveCount', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives everything at once when it fits in one step, so the server and hydration agree', () => {
    const { result } = renderHook(() => useProgressiveCount(150, 200));
    expect(result.current).toBe(150);
  });

  it('grows by a step per task until it covers the total', () => {
    const { result } = renderHook(() => useProgressiveCount(450, 200));
    expect(result.current).toBe(200);
    act(() => vi.advanceTimersToNextTimer());
    expect(result.current).toBe(400);
    act(() => vi.advanceTimersToNextTimer());
    expect(result.current).toBe(450);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('goes on growing when the total grows', () => {
    const { result, rerender } = renderHook(({ total }) => useProgressiveCount(total, 200), { initialProps: { total: 100 } });
    expect(result.current).toBe(100);
    rerender({ total: 500 });
    expect(result.current).toBe(200);
    act(() => vi.advanceTimersToNextTimer());
    act(() => vi.advanceTimersToNextTimer());
    expect(result.current).toBe(500);
  });

  it('with an infinite step, gives everything in the first render', () => {
    const { result } = renderHook(() => useProgressiveCount(100_000, Infinity));
    expect(result.current).toBe(100_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
