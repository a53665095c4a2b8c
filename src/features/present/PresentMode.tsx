import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useLatest } from '../../lib/useLatest';
import { tourOrder, tourSelection, tourStep } from '../../model/tour';
import type { ExplorerStore } from '../../store/explorerStore';
import './present.css';

/** The keys presentation clickers send, and the arrows. */
const forward = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const backward = new Set(['ArrowLeft', 'PageUp']);

/** How long the "press → for next" hint stays before it fades. */
const hintMs = 6000;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Leaves full screen, where the presentation entered it. */
function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/**
 * Presentation mode, while the store says so: projector type (see present.css), and the keys a
 * clicker sends step through the tour, each step selecting the next actor so the panel shows its
 * gains and their sources. Escape, or leaving full screen, ends it.
 */
export function PresentMode({ store }: { store: ExplorerStore }) {
  const dataset = useStore(store, (s) => s.dataset);
  const order = useMemo(() => tourOrder(dataset), [dataset]);
  const step = useStore(store, (s) => tourStep(order, s.selected));
  const actorName = step === 0 ? null : (dataset.index.actors.get(order[step - 1] ?? '')?.name ?? null);
  const [hint, setHint] = useState(true);
  const stepRef = useLatest(step);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('is-presenting');
    const timer = window.setTimeout(() => setHint(false), hintMs);
    return () => {
      root.classList.remove('is-presenting');
      window.clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    const { setPresenting, select } = store.getState();
    const leave = () => {
      setPresenting(false);
      exitFullscreen();
    };
    const go = (delta: number) => select(tourSelection(order, stepRef.current + delta));
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]') !== null) return;
      let handled = true;
      if (forward.has(event.key)) go(1);
      else if (backward.has(event.key)) go(-1);
      else if (event.key === 'Home') select(tourSelection(order, 0));
      else if (event.key === 'End') select(tourSelection(order, order.length));
      else if (event.key === 'Escape') leave();
      else handled = false;
      if (handled) {
        // Before the Escape stack and before a focused button turns Space into a click.
        event.preventDefault();
        event.stopPropagation();
        setHint(false);
      }
    };
    // Full screen ended by the browser (its own Escape, F11): the presentation ends with it.
    const onFullscreenChange = () => {
      if (document.fullscreenElement === null) setPresenting(false);
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [store, order, stepRef]);

  const { select, setPresenting } = store.getState();
  return (
    <div className="present" role="region" aria-label="Presentation">
      <p className="present__where" aria-live="polite">
        {step === 0 ? (
          'Overview'
        ) : (
          <>
            <span className="present__count">
              {step} / {order.length}
            </span>{' '}
            {actorName}
          </>
        )}
      </p>
      <div className="present__buttons">
        <button type="button" onClick={() => select(tourSelection(order, step - 1))} disabled={step === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => select(tourSelection(order, step + 1))} disabled={step === order.length}>
          Next →
        </button>
        <button
          type="button"
          onClick={() => {
            setPresenting(false);
            exitFullscreen();
          }}
        >
          Leave (Esc)
        </button>
      </div>
      <p className={`present__hint${hint ? '' : ' is-faded'}`} aria-hidden={!hint}>
        Press → for next, ← for back
      </p>
    </div>
  );
}
