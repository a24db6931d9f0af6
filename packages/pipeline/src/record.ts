import type { Annotations, DossierRecord, TokenizedDoc } from '@dossier/core';

export interface RecordOptions {
  /** Include every token (with offsets, POS and kind) in the record. */
  tokens?: boolean;
}

/**
 * The output record of one article, with its keys always in the same order so that the same
 * input gives byte-identical JSON.
 */
export function buildRecord(doc: TokenizedDoc, annotations: Annotations, options: RecordOptions = {}): DossierRecord {
  const { entities, figures, claims } = annotations;
  const record: DossierRecord = {
    id: doc.id,
    source: doc.source,
    sha256: doc.sha256,
    format: doc.format,
    encoding: doc.encoding,
    title: doc.title,
    byline: doc.byline,
    date: doc.date,
    url: doc.url,
    text: doc.text,
    paragraphs: doc.paragraphs.map(({ start, end }) => ({ start, end })),
    sentences: doc.sentences.map(({ start, end }) => ({ start, end })),
    entities,
    figures,
    claims,
    notes: doc.notes,
    stats: {
      chars: doc.text.length,
      paragraphs: doc.paragraphs.length,
      sentences: doc.sentences.length,
      tokens: doc.tokens.length,
      entities: entities.length,
      mentions: entities.reduce((n, e) => n + e.mentions.length, 0),
      figures: figures.length,
      claims: claims.length,
    },
  };
  if (options.tokens) {
    // Tokens go after sentences when asked for; rebuild the object to keep that order stable.
    const { entities: e, figures: f, claims: c, notes, stats, ...head } = record;
    return { ...head, tokens: doc.tokens, entities: e, figures: f, claims: c, notes, stats };
  }
  return record;
}
