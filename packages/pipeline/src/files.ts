import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * A file that grows by whole lines while a run is under way, and only becomes the real output
 * when the run completes (rename, which is atomic on one file system). Killing the process at any
 * moment therefore leaves either the previous complete output or the new complete one.
 */
export class LineFile {
  private buffer: string[] = [];
  private buffered = 0;
  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    private written: number,
  ) {}

  /** Opens `path` for appending; with `keepBytes` (resume) the file is cut back to that many bytes first. */
  static async open(path: string, keepBytes = 0): Promise<LineFile> {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(path, keepBytes > 0 ? 'r+' : 'w');
    if (keepBytes > 0) await handle.truncate(keepBytes);
    return new LineFile(handle, path, keepBytes);
  }

  append(line: string): void {
    this.buffer.push(line, '\n');
    this.buffered += line.length;
    if (this.buffered > 1 << 20) void this.flush();
  }

  private pending: Promise<void> = Promise.resolve();

  /** Writes buffered lines; with `sync`, also waits until they are on disk. Returns the file's length. */
  async flush(sync = false): Promise<number> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    const data = Buffer.from(chunk, 'utf8');
    this.pending = this.pending.then(async () => {
      if (data.length) await this.handle.write(data, 0, data.length, this.written);
      this.written += data.length;
    });
    await this.pending;
    if (sync) await this.handle.sync();
    return this.written;
  }

  /** Waits for the writes already started, so a loop that appends many lines holds at most one chunk. */
  async drain(): Promise<void> {
    await this.pending;
  }

  async close(): Promise<void> {
    await this.flush(true);
    await this.handle.close();
  }
}

/** Replaces `to` with `from` in one step. */
export async function replaceFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to);
}

/** Writes a whole file atomically (temp file + rename). */
export async function writeWholeFile(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, data, { encoding: 'utf8' });
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

export async function removeFile(path: string): Promise<void> {
  await rm(path, { force: true });
}
