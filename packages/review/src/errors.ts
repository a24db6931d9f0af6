/**
 * A mistake the user can fix (missing file, wrong format, bad option). The CLI prints its message
 * without a stack trace and exits with status 1; anything else is a bug and keeps its stack.
 */
export class ReviewError extends Error {
  override readonly name = 'ReviewError';
}
