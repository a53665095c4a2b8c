import { useState, type MouseEvent, type ReactNode } from 'react';

interface NewTabLinkProps {
  readonly href: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A link that opens in a new tab and, where the page may not open one (a sandboxed iframe
 * without `allow-popups`), says so in one line and shows the address, instead of doing nothing.
 */
export function NewTabLink({ href, className, children }: NewTabLinkProps) {
  const [blocked, setBlocked] = useState(false);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Only a page with an opaque origin (a sandbox) can be refused a tab without a word; elsewhere
    // the link, with its noopener and noreferrer, does its own work, as do modified clicks.
    if (self.origin !== 'null' || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const opened = window.open(href, '_blank');
    if (opened === null) setBlocked(true);
    else opened.opener = null;
  };
  return (
    <span className="new-tab-link">
      <a href={href} target="_blank" rel="noopener noreferrer" className={className} onClick={onClick}>
        {children}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      {blocked && (
        <span className="new-tab-link__blocked" role="status">
          This frame cannot open tabs. The address: <span className="new-tab-link__address">{href}</span>
        </span>
      )}
    </span>
  );
}
