/**
 * Words that mark a capitalised name as a work, a product or an award rather than a person, place or organisation.
 * Hand-listed from news usage ("her graphic novel Angel Catbird", "the 1969 film Easy Rider", "PlayStation VR",
 * "the Budweiser Man of the Match award"); lowercase.
 */

/** Nouns before a title: "the novel Angel Catbird", "the film Easy Rider". Read only when tagged as a noun. */
export const WORK_NOUNS: readonly string[] = [
  'novel', 'book', 'film', 'movie', 'album', 'song', 'musical', 'opera', 'poem', 'painting', 'documentary', 'sitcom',
  'series', 'memoir', 'biography', 'mixtape', 'anthem', 'sculpture', 'videogame', 'game', 'franchise', 'comic',
  'novella', 'play', 'show', 'programme', 'podcast', 'episode', 'trilogy', 'sequel', 'prequel', 'remake',
];

/** Lowercase words after an award's name: "the Budweiser Man of the Match award". */
export const AWARD_WORDS: readonly string[] = ['award', 'awards', 'prize', 'prizes', 'trophy', 'medal', 'medals'];

/**
 * Last words of product names: "PlayStation VR", "Batman: Arkham VR", "iPad Pro". A name ending with one is a
 * product, not a company or a person.
 */
export const PRODUCT_TAILS: readonly string[] = ['vr', 'ar', 'hd', 'pro', 'max', 'mini', 'plus', 'ultra', 'xl', 'edition', 'console', 'headset'];
