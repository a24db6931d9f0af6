import { InputError, type ErrorRecord, type RawInput, type RecordStats } from '@dossier/core';
import { processInput, type PipelineOptions } from './process.js';

/** What processing one input gives: a JSON line for articles.jsonl, or an error line. */
export type Outcome =
  | { ok: true; id: string; line: string; counts: OutcomeCounts }
  | { ok: false; error: ErrorRecord };

/** The counts a run summary adds up. */
export type OutcomeCounts = Omit<RecordStats, 'paragraphs'>;

/**
 * Processes one input and serialises its record. Never throws: inputs that hold no article and
 * crashes of a stage both become error lines, so one bad article never stops a run. Local runs,
 * worker threads and queue workers all call this, so they write the same bytes.
 */
export function processToOutcome(raw: RawInput, options: PipelineOptions = {}): Outcome {
  try {
    const record = processInput(raw, options);
    const { chars, sentences, tokens, entities, mentions, figures, claims } = record.stats;
    return { ok: true, id: record.id, line: JSON.stringify(record), counts: { chars, sentences, tokens, entities, mentions, figures, claims } };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, error: { source: raw.source, id: raw.id, reason: e.reason, message: e.message } };
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ok: false, error: { source: raw.source, id: raw.id, reason: 'crash', message: `the pipeline failed on this input (${message})` } };
  }
}
