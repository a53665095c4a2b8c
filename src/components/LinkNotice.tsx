import { useState } from 'react';
import { useHydrated } from '../lib/useHydrated';
import { useEscapeLayer } from '../lib/useEscapeLayer';
import { Icon } from './Icon';

/**
 * A short, dismissible notice naming what a link asked for that this view could not show
 * (unknown ids, malformed values), shown once on load. It appears after hydration: the
 * prerendered page cannot know the link it will be opened with.
 */
export function LinkNotice({ ignored }: { ignored: readonly string[] }) {
  const hydrated = useHydrated();
  const [dismissed, setDismissed] = useState(false);
  const shown = hydrated && !dismissed ? ignored : [];
  useEscapeLayer(shown.length > 0, () => setDismissed(true));
  if (shown.length === 0) return null;
  const listed = shown.length > 4 ? [...shown.slice(0, 3), `${shown.length - 3} more`] : shown;
  return (
    <div className="link-notice" role="status">
      <p className="link-notice__text">Ignored from the link: {listed.join('; ')}.</p>
      <button type="button" className="icon-button link-notice__dismiss" aria-label="Dismiss notice" title="Dismiss" onClick={() => setDismissed(true)}>
        <Icon name="close" />
      </button>
    </div>
  );
}
