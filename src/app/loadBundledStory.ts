import { bundledStory } from 'virtual:bundled-story';
import { indexDataset } from '../model/indexDataset';
import type { Story } from '../layout/story';

/**
 * The bundled story as the build left it: validated by `parseDataset`, laid out and its links
 * routed at build time (see vite.config.ts), so the page needs neither the validator
 * nor the force simulation to show it, and the server-rendered picture and the app share one layout.
 */
export function loadBundledStory(): Story {
  return {
    dataset: indexDataset(bundledStory.input),
    layout: new Map(bundledStory.layout.map(([id, x, y]) => [id, { x, y }])),
    routes: new Map(bundledStory.routes),
  };
}
