import { lazy, Suspense } from 'react';
import type { ImportFlowProps } from '../features/import/ImportFlow';

/** Fetches the import chunk early, when the pointer or focus comes near "Open data…". */
export const preloadImportFlow = () => import('../features/import/ImportFlow');
const ImportFlow = lazy(() => preloadImportFlow().then((m) => ({ default: m.ImportFlow })));

/** The import flow (pipeline, worker, progress and report), a chunk of its own, loaded when a file or link arrives. */
export function LazyImportFlow(props: ImportFlowProps) {
  return (
    <Suspense fallback={null}>
      <ImportFlow {...props} />
    </Suspense>
  );
}
