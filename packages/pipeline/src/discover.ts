import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { ErrorRecord, InputFormat } from '@dossier/core';

/** A file to read, or a path that could not be listed or read. */
export type Found =
  | { kind: 'file'; path: string; id: string; format: InputFormat; size: number }
  | { kind: 'error'; error: ErrorRecord };

const FORMATS: Readonly<Record<string, InputFormat>> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl' };
/** Documentation files that sit beside articles (a set's README or licence) are not articles. */
const NOT_ARTICLES = /^(?:readme|license|licence|copying|notice|changelog|authors)(?:[-_.][\w.-]*)?$/i;

export function formatOf(path: string): InputFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/** A user mistake on the command line: reported as a plain message, never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const idOf = (root: string, path: string): string => {
  const rel = relative(root, path);
  return rel.slice(0, rel.length - extname(rel).length).split(sep).join('/');
};

function errorOf(path: string, e: unknown): ErrorRecord {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'unreadable' : code === 'ELOOP' ? 'symlink-loop' : 'unreadable';
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'too many levels of symbolic links' : (e as Error).message;
  return { source: path, id: null, reason, message: `cannot read: ${why}` };
}

/** Fails with a clear message when an input path does not exist, before any work starts. */
export async function checkInputs(paths: readonly string[]): Promise<void> {
  for (const p of paths) {
    try {
      await stat(p);
    } catch {
      throw new UsageError(`input not found: ${p}`);
    }
  }
}

/**
 * Every article file under the given paths, in a stable order (sorted by name, depth first).
 * Folders are walked recursively; symbolic links are followed once (a link back to a folder
 * already on the path is reported, not followed forever). Ids are paths relative to the input
 * folder without extension ("gum-news/GUM_news_afghan"), or the file name for a file input.
 */
export async function* discoverInputs(paths: readonly string[]): AsyncGenerator<Found> {
  for (const p of paths) {
    const info = await stat(p);
    if (info.isDirectory()) yield* walk(p, p, new Set([await realpath(p)]));
    else yield* fileAt(p, p.slice(0, p.length - basename(p).length) || '.');
  }
}

async function* fileAt(path: string, root: string): AsyncGenerator<Found> {
  const format = formatOf(path);
  if (!format || NOT_ARTICLES.test(basename(path))) return;
  try {
    const info = await stat(path);
    yield { kind: 'file', path, id: idOf(root, path), format, size: info.size };
  } catch (e) {
    yield { kind: 'error', error: errorOf(path, e) };
  }
}

async function* walk(dir: string, root: string, onPath: Set<string>): AsyncGenerator<Found> {
  let names: string[];
  try {
    const handle = await opendir(dir);
    names = [];
    for await (const entry of handle) names.push(entry.name);
  } catch (e) {
    yield { kind: 'error', error: errorOf(dir, e) };
    return;
  }
  // Code-point order, not locale order, so every machine lists the same way.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let isDir = false;
    try {
      const link = await lstat(path);
      isDir = link.isDirectory() || (link.isSymbolicLink() && (await stat(path)).isDirectory());
    } catch (e) {
      yield { kind: 'error', error: errorOf(path, e) };
      continue;
    }
    if (isDir) {
      const real = await realpath(path).catch(() => path);
      if (onPath.has(real)) {
        yield { kind: 'error', error: { source: path, id: null, reason: 'symlink-loop', message: 'a symbolic link back to a folder already being read; not followed' } };
        continue;
      }
      yield* walk(path, root, new Set([...onPath, real]));
    } else {
      yield* fileAt(path, root);
    }
  }
}
