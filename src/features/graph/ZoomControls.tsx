import { Icon } from '../../components/Icon';

interface ZoomControlsProps {
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
}

/** Zoom buttons over the graph's corner: icons, named for screen readers, 32 px targets. */
export function ZoomControls({ onZoomIn, onZoomOut, onReset }: ZoomControlsProps) {
  return (
    <div className="graph-view__controls" role="toolbar" aria-label="View">
      <button type="button" className="icon-button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in">
        <Icon name="plus" />
      </button>
      <button type="button" className="icon-button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out">
        <Icon name="minus" />
      </button>
      <button type="button" className="icon-button" onClick={onReset} aria-label="Reset view" title="Reset view">
        <Icon name="fit" />
      </button>
    </div>
  );
}
