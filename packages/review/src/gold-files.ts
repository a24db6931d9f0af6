import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReviewError } from './errors.js';
import { serializeGold, type GoldFile } from './gold.js';
import { pathForId } from './paths.js';

/** `<dir>/<id>.json`; ids with folders (`gum-news/GUM_news_afghan`) keep them. */
export function goldPath(dir: string, id: string): string {
  return join(dir, `${pathForId(id)}.json`);
}

/** The gold file of an article, or undefined when there is none yet. */
export function readGold(dir: string, id: string): GoldFile | undefined {
  const path = goldPath(dir, id);
  if (!existsSync(path)) return undefined;
  try {
    const gold = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
    if (!gold || typeof gold !== 'object' || Array.isArray(gold)) throw new Error('not an object');
    return gold;
  } catch (e) {
    throw new ReviewError(`Existing gold file ${path} is not valid JSON (${(e as Error).message}); fix or remove it first.`);
  }
}

export function writeGold(dir: string, gold: GoldFile): string {
  const path = goldPath(dir, gold.id);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serializeGold(gold));
  return path;
}

const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

/** Whether `pnpm eval` can find the article of a gold file: it looks for corpus/<id>.txt|.md|.html. */
export function hasCorpusArticle(corpusDir: string, id: string): boolean {
  return ARTICLE_EXTENSIONS.some((ext) => existsSync(join(corpusDir, pathForId(id) + ext)));
}
