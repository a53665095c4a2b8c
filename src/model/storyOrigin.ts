/**
 * Where the story on screen comes from, as the address names it: the built-in story (nothing), a
 * story kept in this browser (`?dataset=`), a link's file on the web (`?data=`), or a file that
 * could not be kept (nothing: a reload cannot bring it back).
 */
export type StoryOrigin =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'stored'; readonly id: string }
  | { readonly kind: 'link'; readonly address: string }
  | { readonly kind: 'unkept' };
