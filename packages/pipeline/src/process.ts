import type { Annotations, Article, DossierRecord, RawInput, Stage, StageInput } from '@dossier/core';
import { ingest, type IngestOptions } from '@dossier/ingest';
import { tokenize } from '@dossier/tokenize';
import { entitiesStage } from '@dossier/entities';
import { figuresStage } from '@dossier/figures';
import { claimsStage } from '@dossier/claims';
import { buildRecord, type RecordOptions } from './record.js';

/** The annotation stages in the order they run: claims read the entities and figures before them. */
export const defaultStages: readonly Stage[] = [entitiesStage, figuresStage, claimsStage];

export interface PipelineOptions extends IngestOptions, RecordOptions {
  stages?: readonly Stage[];
}

/** Runs tokenize and the annotation stages over a clean article and builds its record. */
export function annotateArticle(article: Article, options: PipelineOptions = {}): DossierRecord {
  const doc: StageInput = tokenize(article);
  for (const stage of options.stages ?? defaultStages) {
    Object.assign(doc, { [stage.key]: stage.run(doc) });
  }
  const annotations: Annotations = { entities: doc.entities ?? [], figures: doc.figures ?? [], claims: doc.claims ?? [] };
  return buildRecord(doc, annotations, options);
}

/**
 * The whole pipeline for one input: ingest → tokenize → entities → figures → claims → record.
 * Throws InputError for inputs that hold no article. Worker threads, queue workers and library
 * users all call this one function, so their output is the same.
 */
export function processInput(raw: RawInput, options: PipelineOptions = {}): DossierRecord {
  return annotateArticle(ingest(raw, options), options);
}

/** Convenience for library users: annotate a text given as a string. */
export function processText(text: string, meta: { id?: string; source?: string; format?: RawInput['format'] } = {}, options: PipelineOptions = {}): DossierRecord {
  const id = meta.id ?? 'text';
  return processInput({ id, source: meta.source ?? id, format: meta.format ?? 'txt', bytes: new TextEncoder().encode(text) }, options);
}
