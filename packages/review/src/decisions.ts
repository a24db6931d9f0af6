/**
 * Review decisions, as the review page saves them ("Download decisions"), and how they become gold.
 *
 * A decision is keyed by `LABEL:start:end` (UTF-16 offsets into the record's text), so it still
 * applies after the pipeline is run again on the same article, and carries the span's text so a
 * decision made on another version of the article is noticed and skipped instead of misapplied.
 */
import type { ClaimKind, DossierRecord, EntityType } from '@dossier/core';
import { parseRoughAmount } from './amount.js';
import { ReviewError } from './errors.js';
import { addAlias, mergeGold, type GoldClaim, type GoldFigure, type GoldFile, type GoldLists, type GoldVerdicts } from './gold.js';
import { GOLD_LIST, isEntityLabel, isReviewLabel, type ReviewLabel } from './labels.js';

export const DECISIONS_FORMAT = 'dossier-review-decisions';

export type Verdict = 'correct' | 'wrong' | 'added';

export interface Decision {
  verdict: Verdict;
  /** The span's text when the decision was made. */
  text: string;
  /** PERSON/PLACE/ORG added by hand: the canonical name (default: the text). */
  name?: string;
  /** CLAIM: the speaker's canonical name; null or '' for an unattributed claim. Absent: unchanged. */
  speaker?: string | null;
  /** CLAIM added by hand: quote or reported (default: quote when quotation marks enclose it). */
  kind?: ClaimKind;
  /** FIGURE added by hand: what the reviewer typed; missing fields are read from the text. */
  value?: number | null;
  unit?: string | null;
  counted?: string | null;
}

export interface ArticleDecisions {
  /** sha256 of the article's raw input, to tell which version of the article was reviewed. */
  sha256?: string;
  decisions: Record<string, Decision>;
}

export interface ReviewDecisions {
  format: typeof DECISIONS_FORMAT;
  version: 1;
  articles: Record<string, ArticleDecisions>;
}

export const decisionKey = (label: ReviewLabel, start: number, end: number): string => `${label}:${start}:${end}`;

const KEY = /^(PERSON|PLACE|ORG|FIGURE|CLAIM):(\d+):(\d+)$/u;

export function parseDecisionKey(key: string): { label: ReviewLabel; start: number; end: number } | null {
  const m = KEY.exec(key);
  if (!m || !isReviewLabel(m[1])) return null;
  const start = Number(m[2]);
  const end = Number(m[3]);
  return end > start ? { label: m[1], start, end } : null;
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const optionalString = (x: unknown): boolean => x === undefined || x === null || typeof x === 'string';

/** Checks a decisions file's shape; throws a ReviewError that names the first bad entry. */
export function parseDecisions(value: unknown): ReviewDecisions {
  const bad = (where: string, what: string): never => {
    throw new ReviewError(`Not a review decisions file: ${where} ${what}. Use the file the review page's "Download decisions" saves.`);
  };
  if (!isObject(value) || value.format !== DECISIONS_FORMAT) bad('the top level', `needs "format": "${DECISIONS_FORMAT}"`);
  const v = value as Record<string, unknown>;
  if (v.version !== 1) bad('"version"', 'must be 1');
  if (!isObject(v.articles)) bad('"articles"', 'must be an object keyed by article id');
  for (const [id, a] of Object.entries(v.articles as Record<string, unknown>)) {
    if (!isObject(a) || !isObject(a.decisions)) bad(`articles[${JSON.stringify(id)}]`, 'needs a "decisions" object');
    for (const [key, d] of Object.entries((a as { decisions: Record<string, unknown> }).decisions)) {
      const where = `articles[${JSON.stringify(id)}].decisions[${JSON.stringify(key)}]`;
      if (!parseDecisionKey(key)) bad(where, 'has a key that is not LABEL:start:end');
      if (!isObject(d) || !['correct', 'wrong', 'added'].includes(d.verdict as string) || typeof d.text !== 'string') bad(where, 'needs "verdict" (correct, wrong or added) and "text"');
      const o = d as Record<string, unknown>;
      if (!optionalString(o.name) || !optionalString(o.speaker) || !optionalString(o.unit) || !optionalString(o.counted)) bad(where, 'has a field that is not a string');
      if (o.kind !== undefined && o.kind !== 'quote' && o.kind !== 'reported') bad(where, '"kind" must be quote or reported');
      if (o.value !== undefined && o.value !== null && (typeof o.value !== 'number' || !Number.isFinite(o.value))) bad(where, '"value" must be a number');
    }
  }
  return value as ReviewDecisions;
}

interface Checked extends Decision {
  label: ReviewLabel;
  start: number;
  end: number;
}

export interface AppliedArticle {
  gold: GoldFile;
  counts: { correct: number; wrong: number; added: number; skipped: number };
}

export interface ApplyResult {
  articles: AppliedArticle[];
  /** Decisions that could not be applied, and why (article gone, text changed, ...). */
  warnings: string[];
}

const QUOTE_OPEN = /["“«‘'„]$/u;

function goldFigureFromDecision(d: Checked): GoldFigure {
  const rough = parseRoughAmount(d.text);
  return {
    text: d.text,
    value: d.value !== undefined ? d.value : rough.value,
    unit: d.unit !== undefined ? d.unit || null : rough.unit,
    counted: d.counted || null,
    event: null,
    qualifier: rough.qualifier,
    scope: null,
  };
}

/** One article's decisions as the complete reviewed lists plus the explicit verdicts. */
function reviewArticle(record: DossierRecord, decisions: Record<string, Decision>, warnings: string[]): { lists: GoldLists; verdicts: GoldVerdicts; counts: AppliedArticle['counts'] } {
  const counts = { correct: 0, wrong: 0, added: 0, skipped: 0 };
  const byKey = new Map<string, Checked>();
  for (const key of Object.keys(decisions).sort()) {
    const d = decisions[key]!;
    const k = parseDecisionKey(key)!;
    const actual = k.end <= record.text.length ? record.text.slice(k.start, k.end) : null;
    if (actual !== d.text) {
      warnings.push(`${record.id}: ${key} was made on ${JSON.stringify(d.text)} but the text there is now ${JSON.stringify(actual ?? '')}; skipped.`);
      counts.skipped++;
      continue;
    }
    byKey.set(key, { ...d, ...k });
  }
  const used = new Set<string>();
  const verdict = (label: ReviewLabel, start: number, end: number): Verdict | undefined => {
    const key = decisionKey(label, start, end);
    const d = byKey.get(key);
    if (d && d.verdict !== 'added') used.add(key);
    return d?.verdict === 'added' ? undefined : d?.verdict;
  };
  const added = [...byKey.values()].filter((d) => d.verdict === 'added').sort((a, b) => a.start - b.start || b.end - a.end);

  const lists: GoldLists = { people: [], places: [], organizations: [], figures: [], claims: [] };
  const verdicts: GoldVerdicts = { confirmEntities: [], rejectEntities: [], confirmFigures: [], rejectFigures: [], confirmClaims: [], rejectClaims: [] };

  // Entities: an alias stays while any mention with that text is not marked wrong.
  const surfaces = new Map<string, { type: EntityType; alias: string; wrong: number; total: number }>();
  for (const e of record.entities) {
    const aliases: string[] = [];
    for (const m of e.mentions) {
      const v = verdict(e.type, m.start, m.end);
      const s = surfaces.get(`${e.type}\0${m.text}`) ?? { type: e.type, alias: m.text, wrong: 0, total: 0 };
      s.total++;
      if (v === 'wrong') s.wrong++;
      else if (!aliases.includes(m.text)) aliases.push(m.text);
      if (v === 'correct') verdicts.confirmEntities.push({ type: e.type, name: e.name, alias: m.text });
      surfaces.set(`${e.type}\0${m.text}`, s);
    }
    for (const a of aliases) addAlias(lists[GOLD_LIST[e.type]], e.name, a);
  }
  const addedEntities = added.filter((d) => isEntityLabel(d.label));
  for (const d of addedEntities) {
    const type = d.label as EntityType;
    const name = d.name?.trim() || d.text;
    addAlias(lists[GOLD_LIST[type]], name, d.text);
    verdicts.confirmEntities.push({ type, name, alias: d.text });
  }
  for (const s of surfaces.values()) {
    const readded = addedEntities.some((d) => d.label === s.type && d.text === s.alias);
    if (s.wrong === s.total && !readded) verdicts.rejectEntities.push({ type: s.type, alias: s.alias });
  }

  // Figures, in text order.
  const figures: Array<{ start: number; figure: GoldFigure }> = [];
  for (const f of record.figures) {
    const v = verdict('FIGURE', f.start, f.end);
    const g: GoldFigure = { text: f.text, value: f.value, unit: f.unit, counted: f.counted, event: f.event, qualifier: f.qualifier, scope: f.scope };
    if (v === 'wrong') verdicts.rejectFigures.push(f.text);
    else figures.push({ start: f.start, figure: g });
    if (v === 'correct') verdicts.confirmFigures.push(g);
  }
  for (const d of added.filter((x) => x.label === 'FIGURE')) {
    const g = goldFigureFromDecision(d);
    figures.push({ start: d.start, figure: g });
    verdicts.confirmFigures.push(g);
  }
  lists.figures = figures.sort((a, b) => a.start - b.start).map((x) => x.figure);

  // Claims, in text order; a speaker given with a verdict replaces the pipeline's.
  const claims: Array<{ start: number; claim: GoldClaim }> = [];
  for (const c of record.claims) {
    const key = decisionKey('CLAIM', c.start, c.end);
    const v = verdict('CLAIM', c.start, c.end);
    const d = byKey.get(key);
    const speaker = d && d.speaker !== undefined ? d.speaker || null : (c.speaker?.name ?? null);
    const g: GoldClaim = { kind: c.kind, speaker, speakerText: c.speaker?.text ?? null, cue: c.cue?.text ?? null, text: c.text };
    if (v === 'wrong') verdicts.rejectClaims.push(c.text);
    else claims.push({ start: c.start, claim: g });
    if (v === 'correct') verdicts.confirmClaims.push(g);
  }
  for (const d of added.filter((x) => x.label === 'CLAIM')) {
    const kind: ClaimKind = d.kind ?? (QUOTE_OPEN.test(record.text.slice(0, d.start)) ? 'quote' : 'reported');
    const g: GoldClaim = { kind, speaker: d.speaker || null, speakerText: null, cue: null, text: d.text };
    claims.push({ start: d.start, claim: g });
    verdicts.confirmClaims.push(g);
  }
  lists.claims = claims.sort((a, b) => a.start - b.start).map((x) => x.claim);

  for (const [key, d] of byKey) {
    if (d.verdict === 'added') counts.added++;
    else if (!used.has(key)) {
      warnings.push(`${record.id}: ${key} ${JSON.stringify(d.text)} is marked ${d.verdict} but the record has no such annotation now; skipped.`);
      counts.skipped++;
    } else counts[d.verdict]++;
  }
  return { lists, verdicts, counts };
}

/**
 * Turns review decisions into gold files, one per reviewed article. An annotation nobody marked
 * is taken as shown (a reviewer marks what is wrong and adds what is missing). When a gold file
 * exists (`existing` returns it), its lists are edited by the explicit verdicts only; see mergeGold.
 */
export function applyDecisions(
  decisions: ReviewDecisions,
  records: readonly DossierRecord[],
  existing: (id: string) => GoldFile | undefined = () => undefined,
): ApplyResult {
  const byId = new Map(records.map((r) => [r.id, r]));
  const warnings: string[] = [];
  const articles: AppliedArticle[] = [];
  for (const id of Object.keys(decisions.articles).sort()) {
    const entry = decisions.articles[id]!;
    if (Object.keys(entry.decisions).length === 0) continue;
    const record = byId.get(id);
    if (!record) {
      warnings.push(`${id}: not in the input records; its ${Object.keys(entry.decisions).length} decision(s) were skipped.`);
      continue;
    }
    if (entry.sha256 && entry.sha256 !== record.sha256) {
      warnings.push(`${id}: reviewed on another version of the article (sha256 differs); decisions whose text still matches are applied.`);
    }
    const { lists, verdicts, counts } = reviewArticle(record, entry.decisions, warnings);
    articles.push({ gold: mergeGold(existing(id), record, lists, verdicts), counts });
  }
  return { articles, warnings };
}
