import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useEscapeLayer } from '../lib/useEscapeLayer';
import { Icon } from './Icon';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A modal dialog, open while mounted: the native `<dialog>` keeps focus inside it and makes the
 * page behind inert; Escape (through the Escape stack, so it never also clears the selection),
 * the close button or a click on the backdrop close it, and focus goes back where it was.
 */
export function Dialog({ title, onClose, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // A click on the backdrop closes the dialog, unless it is the end of a drag that began inside
  // (selecting text in a field and letting go outside).
  const pressedBackdrop = useRef(false);
  useEscapeLayer(true, onClose);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    // A graph node is an SVG element: `?` opens the shortcut list from one.
    const opener = document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement : null;
    if (!dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${className === undefined ? '' : ` ${className}`}`}
      aria-labelledby={titleId}
      // The browser's own Escape handling would close the dialog behind React's back.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onPointerDown={(event) => {
        pressedBackdrop.current = event.target === ref.current;
      }}
      onClick={(event) => {
        if (event.target === ref.current && pressedBackdrop.current) onClose();
      }}
    >
      <div className="dialog__body">
        <div className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="icon-button dialog__close" aria-label="Close" onClick={onClose}>
            <Icon name="close" />
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
