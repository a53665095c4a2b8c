import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useLatest } from '../../lib/useLatest';
import { nodeId } from '../../model/nodeId';
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

/** Space on a focused control is that control's own (a button's click, a node's toggle). */
function ownsSpace(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary, [role="button"], [role="checkbox"]') !== null;
}

function canFullscreen(): boolean {
  return document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function';
}

/** Leaves full screen, where the presentation entered it. */
function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/**
 * Presentation mode, while the store says so: projector type (see present.css), and the keys a
 * clicker sends step through the tour, each step selecting the next actor so the panel shows its
 * gains and their sources. Escape, or the browser leaving full screen, ends it. The tour skips
 * actors the filters leave with nothing to show.
 */
export function PresentMode({ store }: { store: ExplorerStore }) {
  const dataset = useStore(store, (s) => s.dataset);
  const graph = useStore(store, store.selectors.graph);
  const order = useMemo(() => {
    const shown = new Set(graph.nodes.map((node) => node.id));
    return tourOrder(dataset).filter((id) => shown.has(nodeId({ kind: 'actor', id })));
  }, [dataset, graph]);
  const step = useStore(store, (s) => tourStep(order, s.selected));
  const actorName = step === 0 ? null : (dataset.index.actors.get(order[step - 1] ?? '')?.name ?? null);
  const [hint, setHint] = useState(true);
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  const stepRef = useLatest(step);
  const nextRef = useRef<HTMLButtonElement>(null);

  // The Present button is hidden while presenting: focus moves to the bar, and back on leaving.
  useEffect(() => {
    const root = document.documentElement;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root.classList.add('is-presenting');
    nextRef.current?.focus({ preventScroll: true });
    const timer = window.setTimeout(() => setHint(false), hintMs);
    return () => {
      root.classList.remove('is-presenting');
      window.clearTimeout(timer);
      if (opener?.isConnected && opener !== document.body) opener.focus({ preventScroll: true });
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
      if (event.key === ' ' && ownsSpace(event.target)) return;
      let handled = true;
      if (forward.has(event.key)) go(1);
      else if (backward.has(event.key)) go(-1);
      else if (event.key === 'Home') select(tourSelection(order, 0));
      else if (event.key === 'End') select(tourSelection(order, order.length));
      else if (event.key === 'Escape') leave();
      else handled = false;
      if (handled) {
        // Captured before the Escape stack, whose top layer is the selection the steps make:
        // in a presentation, Escape leaves it rather than clearing the actor on screen.
        event.preventDefault();
        event.stopPropagation();
        setHint(false);
      }
    };
    // Full screen ended by the browser's own Escape (which the page never sees): the presentation ends with it.
    const onFullscreenChange = () => {
      setFullscreen(document.fullscreenElement !== null);
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
  const atStart = step === 0;
  const atEnd = step === order.length;
  return (
    <div className="present" role="region" aria-label="Presentation">
      <p className="present__where" aria-live="polite">
        {atStart ? (
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
        {/* aria-disabled, not disabled: a button that disables itself under focus would drop focus to the page. */}
        <button type="button" aria-disabled={atStart} onClick={() => atStart || select(tourSelection(order, step - 1))}>
          ← Previous
        </button>
        <button ref={nextRef} type="button" aria-disabled={atEnd} onClick={() => atEnd || select(tourSelection(order, step + 1))}>
          Next →
        </button>
        {/* A link with mode=present cannot enter full screen by itself: browsers allow it only on a click. */}
        {!fullscreen && canFullscreen() && (
          <button type="button" onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}>
            Full screen
          </button>
        )}
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
