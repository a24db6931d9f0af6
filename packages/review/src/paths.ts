import { ReviewError } from './errors.js';

/**
 * A relative file path for an article id (`gum-news/GUM_news_afghan` → that sub-folder), refusing ids
 * that would climb out of the output folder. Ids come from the input, so they are not trusted.
 */
export function pathForId(id: string): string {
  const parts = id.split(/[\\/]/u);
  if (id === '' || parts.some((p) => p === '' || p === '.' || p === '..') || /^[a-zA-Z]:/u.test(id) || id.includes('\0')) {
    throw new ReviewError(`Article id ${JSON.stringify(id)} cannot be used as a file name.`);
  }
  return parts.join('/');
}
