declare module 'virtual:bundled-story' {
  import type { DatasetInput } from './model/schema';

  /**
   * The bundled dataset, validated at build time, with its layout as [node id, x, y] rows and its
   * link routes as [link id, SVG path] rows.
   */
  export const bundledStory: {
    readonly input: DatasetInput;
    readonly layout: readonly (readonly [string, number, number])[];
    readonly routes: readonly (readonly [string, string])[];
  };
}
