/**
 * An input that cannot become an article (empty, binary, too large, unreadable, malformed).
 * The pipeline reports it in the run summary and `errors.jsonl` and goes on with the rest.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** Short machine-readable reason: `empty`, `binary`, `too-large`, `unreadable`, `parse`, ... */
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

/** Inputs larger than this are reported, not processed: no news article comes close, and a 20 MB text would need over 1 GB of tokens. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
