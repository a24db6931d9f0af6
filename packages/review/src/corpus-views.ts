/**
 * Corpus-level views for the review page when the run did not write entities.jsonl, figures.jsonl
 * or claims.jsonl (an older run, or a JSONL assembled by hand). The pipeline's files, when present,
 * are used as they are; these are the plain groupings a reviewer needs to read the page.
 */
import type { CorpusEntity, DossierRecord, EntityType, FigureGroup, SpeakerClaims } from '@dossier/core';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Entities grouped by type and canonical name (accents and case folded). */
export function corpusEntities(records: readonly DossierRecord[]): CorpusEntity[] {
  const groups = new Map<string, CorpusEntity & { names: Map<string, number> }>();
  for (const r of records) {
    for (const e of r.entities) {
      const key = `${e.type}\0${fold(e.name)}`;
      let g = groups.get(key);
      if (!g) {
        g = { type: e.type, name: e.name, variants: [], articles: [], articleCount: 0, mentionCount: 0, names: new Map() };
        groups.set(key, g);
      }
      if (g.articles[g.articles.length - 1] !== r.id) g.articles.push(r.id);
      g.mentionCount += e.mentions.length;
      g.names.set(e.name, (g.names.get(e.name) ?? 0) + e.mentions.length);
      for (const a of e.aliases) g.names.set(a, g.names.get(a) ?? 0);
    }
  }
  return [...groups.values()]
    .map(({ names, ...g }) => {
      // The canonical name is the longest form used most: "Enrique Peña Nieto" over "Peña Nieto".
      const ranked = [...names].sort((a, b) => b[0].length - a[0].length || b[1] - a[1] || byText(a[0], b[0]));
      const name = ranked[0]![0];
      return { ...g, name, variants: ranked.map(([n]) => n).filter((n) => n !== name).sort(byText), articleCount: g.articles.length };
    })
    .sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || byText(a.type, b.type) || byText(a.name, b.name));
}

/** Figures grouped by unit and what they count ("dead", "troops"); figures that count nothing named are left out. */
export function corpusFigures(records: readonly DossierRecord[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const r of records) {
    for (const f of r.figures) {
      if (!f.counted) continue;
      const counted = fold(f.counted);
      const key = `${counted}|${f.unit ?? ''}`;
      let g = groups.get(key);
      if (!g) {
        g = { key, measure: f.counted + (f.unit ? ` (${f.unit})` : ''), unit: f.unit, figures: [], articles: [], articleCount: 0 };
        groups.set(key, g);
      }
      const item: FigureGroup['figures'][number] = { article: r.id, date: r.date, figure: f.id, text: f.text, value: f.value, unit: f.unit, counted: f.counted, event: f.event, qualifier: f.qualifier, scope: f.scope };
      if (f.min !== undefined) item.min = f.min;
      if (f.max !== undefined) item.max = f.max;
      g.figures.push(item);
      if (!g.articles.includes(r.id)) g.articles.push(r.id);
      g.articleCount = g.articles.length;
    }
  }
  return [...groups.values()].sort((a, b) => b.articleCount - a.articleCount || b.figures.length - a.figures.length || byText(a.key, b.key));
}

/** Claims per speaker (canonical name, or the source's own words when unnamed), in date order. */
export function corpusClaims(records: readonly DossierRecord[]): SpeakerClaims[] {
  const groups = new Map<string, SpeakerClaims & { order: number[] }>();
  records.forEach((r, index) => {
    for (const c of r.claims) {
      const speaker = c.speaker?.name ?? c.speaker?.text ?? '(no speaker)';
      const type: EntityType | null = r.entities.find((e) => e.id === c.speaker?.entity)?.type ?? null;
      const key = `${type ?? ''}\0${fold(speaker)}`;
      let g = groups.get(key);
      if (!g) {
        g = { speaker, type, claims: [], articleCount: 0, order: [] };
        groups.set(key, g);
      }
      g.claims.push({ article: r.id, date: r.date, claim: c.id, kind: c.kind, text: c.text, cue: c.cue?.text ?? null, speakerText: c.speaker?.text ?? '' });
      g.order.push(index);
    }
  });
  return [...groups.values()]
    .map(({ order, ...g }) => {
      // Undated claims go last; same date keeps corpus order.
      const claims = g.claims.map((c, i) => ({ c, i: order[i]! })).sort((a, b) => byText(a.c.date ?? '9999', b.c.date ?? '9999') || a.i - b.i).map((x) => x.c);
      return { ...g, claims, articleCount: new Set(claims.map((c) => c.article)).size };
    })
    .sort((a, b) => b.claims.length - a.claims.length || byText(a.speaker, b.speaker));
}
