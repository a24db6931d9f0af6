import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { ErrorRecord, RawInput } from '@dossier/core';
import type { Found } from './discover.js';

/** One article to process (a file, or one line of a JSONL file), read when its turn comes. */
export interface Unit {
  /** Stable key of the input: its path, or `path#line` for a JSONL line. */
  key: string;
  /** Raw size in bytes, for progress and throughput. */
  size: number;
  load(): Promise<RawInput | ErrorRecord>;
}

const tooLarge = (source: string, size: number, maxBytes: number): ErrorRecord => ({
  source,
  id: null,
  reason: 'too-large',
  message: `the input is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for one article (raise it with --max-article-mb)`,
});

function readError(source: string, e: unknown): ErrorRecord {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (e as Error).message;
  return { source, id: null, reason: 'unreadable', message: `cannot read: ${why}` };
}

/**
 * The units of work for the found files, in order. Files are loaded lazily (the caller bounds how
 * many are in memory); a JSONL file is streamed line by line, so a huge one never sits in memory.
 * An oversized file is reported without being read.
 */
export async function* unitsOf(found: Iterable<Found> | AsyncIterable<Found>, maxBytes: number): AsyncGenerator<Unit> {
  for await (const f of found) {
    if (f.kind === 'error') {
      yield { key: f.error.source, size: 0, load: async () => f.error };
      continue;
    }
    const { path, id, format, size } = f;
    if (format !== 'jsonl') {
      yield {
        key: path,
        size,
        load: async () => {
          if (size > maxBytes) return tooLarge(path, size, maxBytes);
          try {
            return { id, source: path, format, bytes: await readFile(path) };
          } catch (e) {
            return readError(path, e);
          }
        },
      };
      continue;
    }
    let lineNo = 0;
    try {
      const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      for await (const line of lines) {
        lineNo++;
        if (line.trim() === '') continue;
        const source = `${path}#${lineNo}`;
        const bytes = Buffer.from(line, 'utf8');
        const raw: RawInput | ErrorRecord = bytes.length > maxBytes ? tooLarge(source, bytes.length, maxBytes) : { id: `${id}#${lineNo}`, source, format: 'jsonl', bytes };
        yield { key: source, size: bytes.length, load: async () => raw };
      }
    } catch (e) {
      yield { key: `${path}#${lineNo + 1}`, size: 0, load: async () => readError(path, e) };
    }
  }
}
