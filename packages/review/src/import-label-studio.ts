/**
 * A Label Studio export (JSON, annotations made by people on the tasks `toLabelStudio` wrote)
 * back into gold files for `pnpm eval`.
 */
import type { ClaimKind, DossierRecord, EntityType } from '@dossier/core';
import { parseRoughAmount } from './amount.js';
import { offsetMap } from './codepoints.js';
import { ReviewError } from './errors.js';
import { addAlias, mergeGold, type GoldClaim, type GoldFigure, type GoldFile, type GoldLists } from './gold.js';
import { GOLD_LIST, isEntityLabel, isLabel, SPEAKER_RELATION, type Label } from './labels.js';

interface Region {
  id: string;
  label: Label;
  start: number;
  end: number;
  text: string;
}

export interface ImportedArticle {
  gold: GoldFile;
  /** Who made the annotation and when, as Label Studio recorded it. */
  annotation: { id: unknown; completedBy: unknown; updatedAt: string | null };
}

export interface ImportResult {
  articles: ImportedArticle[];
  warnings: string[];
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** The annotation to import from a task: the most recently updated one that was not cancelled. */
function pickAnnotation(task: Record<string, unknown>): Record<string, unknown> | null {
  const list = Array.isArray(task.annotations) ? task.annotations.filter(isObject) : [];
  const done = list.filter((a) => a.was_cancelled !== true && Array.isArray(a.result));
  if (done.length === 0) return null;
  const when = (a: Record<string, unknown>): string => String(a.updated_at ?? a.created_at ?? '');
  return done.reduce((best, a) => (when(a) > when(best) ? a : best));
}

/**
 * The human regions of one annotation, with offsets turned back from code points into the
 * UTF-16 indices Dossier uses, each checked against the text it claims to cover.
 */
/** Who a claim is linked to: its SPEAKER span, and/or a PERSON/ORG region that names the speaker. */
interface ClaimSource {
  speaker?: Region;
  entity?: Region;
}

function regionsOf(result: unknown[], text: string, where: string, warnings: string[]): { regions: Region[]; speakerOf: Map<string, ClaimSource> } {
  const map = offsetMap(text);
  const regions: Region[] = [];
  const relations: Array<{ from: string; to: string }> = [];
  for (const r of result) {
    if (!isObject(r)) continue;
    if (r.type === 'relation') {
      const labels = Array.isArray(r.labels) ? r.labels : [];
      if (labels.length === 0 || labels.includes(SPEAKER_RELATION)) relations.push({ from: String(r.from_id), to: String(r.to_id) });
      continue;
    }
    if (r.type !== 'labels' || !isObject(r.value)) continue;
    const v = r.value;
    const labels = Array.isArray(v.labels) ? v.labels : [];
    const label = labels.find(isLabel);
    if (typeof v.start !== 'number' || typeof v.end !== 'number' || !label) {
      warnings.push(`${where}: region ${String(r.id)} has no start/end or no Dossier label (${labels.join(', ')}); skipped.`);
      continue;
    }
    if (v.start < 0 || v.end <= v.start || v.end > map.length) {
      warnings.push(`${where}: region ${String(r.id)} [${v.start}, ${v.end}) lies outside the text; skipped.`);
      continue;
    }
    const start = map.fromCodePoint(v.start);
    const end = map.fromCodePoint(v.end);
    const span = text.slice(start, end);
    if (typeof v.text === 'string' && v.text !== span) {
      warnings.push(`${where}: region ${String(r.id)} says ${JSON.stringify(v.text)} but [${v.start}, ${v.end}) is ${JSON.stringify(span)}; skipped.`);
      continue;
    }
    regions.push({ id: String(r.id), label, start, end, text: span });
  }
  regions.sort((a, b) => a.start - b.start || b.end - a.end);
  const byId = new Map(regions.map((r) => [r.id, r]));
  // said_by runs CLAIM → SPEAKER (accepted drawn the other way too). A reviewer can also link a
  // claim to a PERSON/ORG region to name who speaks when the SPEAKER span is a pronoun ("he").
  const speakerOf = new Map<string, ClaimSource>();
  for (const { from, to } of relations) {
    const a = byId.get(from);
    const b = byId.get(to);
    const [claim, other] = a?.label === 'CLAIM' ? [a, b] : b?.label === 'CLAIM' ? [b, a] : [undefined, undefined];
    if (!claim || !other) continue;
    const source = speakerOf.get(claim.id) ?? {};
    if (other.label === 'SPEAKER') source.speaker = other;
    else if (other.label === 'PERSON' || other.label === 'ORG') source.entity = other;
    speakerOf.set(claim.id, source);
  }
  return { regions, speakerOf };
}

/**
 * The canonical name for a span: the record's entity with a mention right there, or one that
 * uses that surface form; else the span's own text (Label Studio has no canonical names).
 */
function nameFor(record: DossierRecord | undefined, start: number, end: number, text: string, types: readonly EntityType[]): string {
  if (!record) return text;
  const candidates = record.entities.filter((e) => types.includes(e.type));
  const exact = candidates.find((e) => e.mentions.some((m) => m.start === start && m.end === end));
  if (exact) return exact.name;
  const sameForm = candidates.find((e) => e.name === text || e.aliases.includes(text) || e.mentions.some((m) => m.text === text));
  return sameForm?.name ?? text;
}

/** The speaker's canonical name: the linked entity's, the pipeline's for that same speaker span, or the words. */
function speakerName(source: ClaimSource, record: DossierRecord | undefined): string | null {
  const named = source.entity ?? source.speaker;
  if (!named) return null;
  if (!source.entity && record) {
    const same = record.claims.find((c) => c.speaker && c.speaker.start === named.start && c.speaker.end === named.end);
    if (same?.speaker?.name) return same.speaker.name;
  }
  return nameFor(record, named.start, named.end, named.text, ['PERSON', 'ORG']);
}

function listsFromRegions(regions: Region[], speakerOf: Map<string, ClaimSource>, text: string, record: DossierRecord | undefined): GoldLists {
  const lists: GoldLists = { people: [], places: [], organizations: [], figures: [], claims: [] };
  for (const r of regions) {
    if (isEntityLabel(r.label)) {
      addAlias(lists[GOLD_LIST[r.label]], nameFor(record, r.start, r.end, r.text, [r.label]), r.text);
    } else if (r.label === 'FIGURE') {
      const f = record?.figures.find((x) => x.start === r.start && x.end === r.end);
      const rough = parseRoughAmount(r.text);
      const figure: GoldFigure = f
        ? { text: f.text, value: f.value, unit: f.unit, counted: f.counted, event: f.event, qualifier: f.qualifier, scope: f.scope }
        : { text: r.text, value: rough.value, unit: rough.unit, counted: null, event: null, qualifier: rough.qualifier, scope: null };
      lists.figures.push(figure);
    } else if (r.label === 'CLAIM') {
      const c = record?.claims.find((x) => x.start === r.start && x.end === r.end);
      const source = speakerOf.get(r.id) ?? {};
      const speaker = speakerName(source, record);
      const kind: ClaimKind = c?.kind ?? (/["“«‘'„]$/u.test(text.slice(0, r.start)) ? 'quote' : 'reported');
      const claim: GoldClaim = { kind, speaker, speakerText: (source.speaker ?? source.entity)?.text ?? null, cue: c?.cue?.text ?? null, text: r.text };
      lists.claims.push(claim);
    }
  }
  return lists;
}

/**
 * Gold files from a Label Studio JSON export. Each task's most recent annotation is the complete
 * human judgement of its text, so it replaces the five lists of an existing gold file (title,
 * byline, date and other keys are kept). `records`, when given, supply what Label Studio does not
 * hold: canonical names, figure values and claim cues for spans that match the pipeline's.
 */
export function importLabelStudio(
  exported: unknown,
  records: readonly DossierRecord[] = [],
  existing: (id: string) => GoldFile | undefined = () => undefined,
): ImportResult {
  if (!Array.isArray(exported)) {
    throw new ReviewError('Not a Label Studio JSON export: expected an array of tasks (Export → JSON in Label Studio, not JSON-MIN or CSV).');
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  const warnings: string[] = [];
  const articles: ImportedArticle[] = [];
  const seen = new Set<string>();
  exported.forEach((task, i) => {
    const where = `task ${isObject(task) && task.id !== undefined ? String(task.id) : `#${i + 1}`}`;
    if (!isObject(task) || !isObject(task.data) || typeof task.data.text !== 'string') {
      warnings.push(`${where}: no data.text; skipped.`);
      return;
    }
    const text = task.data.text;
    const id = typeof task.data.article === 'string' ? task.data.article : null;
    if (!id) {
      warnings.push(`${where}: no data.article (the Dossier article id that \`pnpm export --format label-studio\` writes); skipped.`);
      return;
    }
    const annotation = pickAnnotation(task);
    if (!annotation) {
      warnings.push(`${where} (${id}): no submitted annotation, only predictions; skipped.`);
      return;
    }
    if (seen.has(id)) warnings.push(`${where} (${id}): article appears in more than one task; the later task wins.`);
    seen.add(id);
    const record = byId.get(id);
    const usable = record && record.text === text ? record : undefined;
    if (record && !usable) warnings.push(`${where} (${id}): the task's text differs from the record's; names and values come from the annotation alone.`);
    const { regions, speakerOf } = regionsOf(annotation.result as unknown[], text, `${where} (${id})`, warnings);
    const lists = listsFromRegions(regions, speakerOf, text, usable);
    const meta = {
      id,
      title: usable?.title ?? (typeof task.data.title === 'string' ? task.data.title : null),
      byline: usable?.byline ?? null,
      date: usable?.date ?? (typeof task.data.date === 'string' ? task.data.date : null),
      text,
    };
    const gold = mergeGold(existing(id), meta, lists, null);
    const entry: ImportedArticle = {
      gold,
      annotation: { id: annotation.id, completedBy: annotation.completed_by, updatedAt: typeof annotation.updated_at === 'string' ? annotation.updated_at : null },
    };
    const prev = articles.findIndex((a) => a.gold.id === id);
    if (prev >= 0) articles[prev] = entry;
    else articles.push(entry);
  });
  return { articles, warnings };
}
