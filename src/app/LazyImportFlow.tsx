import { lazy, Suspense } from 'react';
import type { ImportFlowProps } from '../features/import/ImportFlow';
import type { ViewState } from '../model/viewState';

/** Fetches the import chunk early, when the pointer or focus comes near "Open data…". */
export const preloadImportFlow = () => import('../features/import/ImportFlow');
const ImportFlow = lazy(() => preloadImportFlow().then((m) => ({ default: m.ImportFlow })));

/** A link's `?data=`: the address of a JSON or CSV file, and the view the link asks for in that story. */
export interface DataLink {
  readonly address: string;
  readonly view: ViewState;
}

/** The import flow (pipeline, worker, progress and report), a chunk of its own, loaded when a file or link arrives. */
export function LazyImportFlow(props: ImportFlowProps) {
  return (
    <Suspense fallback={null}>
      <ImportFlow {...props} />
    </Suspense>
  );
}
