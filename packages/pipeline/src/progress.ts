import cliProgress from 'cli-progress';
import type { Progress } from './run.js';

export interface ProgressReporter {
  update(p: Progress): void;
  stop(): void;
}

const mb = (n: number): string => (n / 1048576).toFixed(1);

/**
 * A progress bar on a terminal (cli-progress); plain lines every few seconds when stderr is not a
 * terminal (CI logs, `nohup`), so logs stay readable.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr, quiet = false): ProgressReporter {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'extract [{bar}] {percentage}% | {doneMb}/{totalMb} MB | {articles} articles, {errors} errors | ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        const payload = { doneMb: mb(p.bytesDone), totalMb: mb(p.bytesTotal), articles: p.articles, errors: p.errors };
        if (!started) {
          bar.start(Math.max(p.bytesTotal, 1), 0, payload);
          started = true;
        }
        bar.update(Math.min(p.bytesDone, p.bytesTotal), payload);
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 5000) return;
      last = now;
      const pct = p.bytesTotal ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : 100;
      stream.write(`extract: ${pct}% (${mb(p.bytesDone)}/${mb(p.bytesTotal)} MB), ${p.articles} articles, ${p.errors} errors\n`);
    },
    stop: () => undefined,
  };
}
