/**
 * Canonical entities across articles (`entities.jsonl`): one line per referent, with the spellings merged with
 * care. The same name (case-, accent- and punctuation-insensitive) is the same entity; beyond that, a name joins
 * another only when exactly one candidate fits: "Trump" joins "Donald Trump" unless the corpus also has "Ivanka Trump";
 * "Peña Niesto" joins "Enrique Peña Nieto" by spelling; "AP" joins "Associated Press" when an article says so.
 */
import type { CorpusCollector, CorpusEntity, DossierRecord, EntityType } from '@dossier/core';
import { compareStrings, fold, isAcronym, nameKey } from './normalize.js';
import { isTypoOf } from './similarity.js';

interface Cluster {
  type: EntityType;
  /** Surface forms and how many mentions used each. */
  forms: Map<string, number>;
  /** nameKey of every form. */
  keys: Set<string>;
  /** Key of the article-level canonical names. */
  nameKeys: Set<string>;
  /** How many articles gave each form as the canonical name. */
  names: Map<string, number>;
  articles: Set<string>;
  mentions: number;
  /** Position of the first article, for corpus order. */
  order: number;
}

const TYPE_ORDER: Record<EntityType, number> = { PERSON: 0, PLACE: 1, ORG: 2 };

export function createEntityIndex(): CorpusCollector<CorpusEntity> {
  const clusters = new Map<string, Cluster>();
  const articleOrder = new Map<string, number>();

  function add(record: DossierRecord): void {
    if (!articleOrder.has(record.id)) articleOrder.set(record.id, articleOrder.size);
    for (const e of record.entities) {
      const id = `${e.type}:${nameKey(e.name)}`;
      let c = clusters.get(id);
      if (!c) {
        c = { type: e.type, forms: new Map(), keys: new Set(), nameKeys: new Set(), names: new Map(), articles: new Set(), mentions: 0, order: articleOrder.get(record.id)! };
        clusters.set(id, c);
      }
      c.nameKeys.add(nameKey(e.name));
      c.names.set(e.name, (c.names.get(e.name) ?? 0) + 1);
      c.articles.add(record.id);
      c.mentions += e.mentions.length;
      const counts = new Map<string, number>();
      for (const m of e.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
      for (const form of [e.name, ...e.aliases]) counts.set(form, counts.get(form) ?? 0);
      for (const [form, n] of counts) {
        c.forms.set(form, (c.forms.get(form) ?? 0) + n);
        c.keys.add(nameKey(form));
      }
    }
  }

  function results(): CorpusEntity[] {
    const list = [...clusters.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, c]) => c);
    const parent = list.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const union = (a: number, b: number): void => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    for (const [a, b] of mergeEdges(list)) union(a, b);

    const merged = new Map<number, Cluster[]>();
    list.forEach((c, i) => {
      const r = find(i);
      merged.set(r, [...(merged.get(r) ?? []), c]);
    });
    const out = [...merged.values()].map((parts) => toCorpusEntity(parts, articleOrder));
    return out.sort(
      (a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || b.mentionCount - a.mentionCount || compareStrings(a.name, b.name),
    );
  }

  return { add, results };
}

const words = (key: string): string[] => key.split(' ');

function containsRun(long: string[], short: string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/** Pairs of clusters that name the same referent. */
function mergeEdges(list: Cluster[]): Array<[number, number]> {
  const edges: Array<[number, number]> = [];
  // Who uses each key, by type.
  const users = new Map<string, number[]>();
  list.forEach((c, i) => {
    for (const k of c.keys) {
      const id = `${c.type}:${k}`;
      users.set(id, [...(users.get(id) ?? []), i]);
    }
  });
  list.forEach((c, i) => {
    for (const name of c.nameKeys) {
      // 1. An acronym named alone in one article is another article's alias ("AP" alone, "Associated Press" with
      //    "AP"), when one other cluster uses it. Not for words: "National Guard" in a US story is not the
      //    "Mexican National Guard" another story shortened.
      const others = (users.get(`${c.type}:${name}`) ?? []).filter((j) => j !== i);
      if (others.length === 1 && [...c.forms.keys()].some((f) => nameKey(f) === name && isAcronym(f))) edges.push([i, others[0]!]);
      // 2. A person's short form inside exactly one fuller name: "Trump" -> "Donald Trump", "Peña Nieto" -> "Enrique
      //    Peña Nieto". One word must be the surname (last word).
      if (c.type === 'PERSON') {
        const short = words(name);
        const fits = new Set<number>();
        list.forEach((d, j) => {
          if (j === i || d.type !== 'PERSON') return;
          for (const dn of d.nameKeys) {
            const long = words(dn);
            if (long.length <= short.length) continue;
            const ok = short.length === 1 ? long[long.length - 1] === short[0] : containsRun(long, short);
            if (ok) fits.add(j);
          }
        });
        if (fits.size === 1) edges.push([i, [...fits][0]!]);
      }
    }
    // 3. Spelling variants of a name of two or more words ("pena niesto" ~ "pena nieto"), one candidate only.
    for (const k of c.keys) {
      if (k.length < 8 || (c.type === 'PERSON' && words(k).length < 2)) continue;
      const fits = new Set<number>();
      list.forEach((d, j) => {
        if (j === i || d.type !== c.type) return;
        for (const dk of d.keys) if (dk !== k && words(dk).length === words(k).length && isTypoOf(k, dk)) fits.add(j);
      });
      if (fits.size === 1) edges.push([i, [...fits][0]!]);
    }
  });
  return edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const accents = (s: string): number => (s === fold(s) ? 0 : 1);

function toCorpusEntity(parts: Cluster[], articleOrder: Map<string, number>): CorpusEntity {
  const forms = new Map<string, number>();
  const names = new Map<string, number>();
  const articles = new Set<string>();
  let mentions = 0;
  for (const p of parts) {
    for (const [f, n] of p.forms) forms.set(f, (forms.get(f) ?? 0) + n);
    for (const [f, n] of p.names) names.set(f, (names.get(f) ?? 0) + n);
    for (const a of p.articles) articles.add(a);
    mentions += p.mentions;
  }
  // The articles' canonical names compete: the fullest, the one most articles chose, the most mentioned, accented.
  const ranked = [...names.keys()].sort(
    (a, b) =>
      words(nameKey(b)).length - words(nameKey(a)).length || names.get(b)! - names.get(a)! || (forms.get(b) ?? 0) - (forms.get(a) ?? 0) ||
      accents(b) - accents(a) || compareStrings(a, b),
  );
  const name = ranked[0]!;
  const variants = [...forms.keys()].filter((f) => f !== name).sort(compareStrings);
  const ids = [...articles].sort((a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0) || compareStrings(a, b));
  return { type: parts[0]!.type, name, variants, articles: ids, articleCount: ids.length, mentionCount: mentions };
}
