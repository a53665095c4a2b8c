/**
 * The most entries (actors, benefit types, outlets, speakers, claims; or rows of a CSV) a story
 * may have: more than any story has (the 10,000-claim benchmark has under 25,000 rows and 11,000
 * entries), so more is an accident or an attack. Checked before the work that grows with it.
 */
export const maxEntries = 100_000;
