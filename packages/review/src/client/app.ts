/*
 * The Dossier review page, run in the browser from file:// with no network. It reads the data
 * block the page builder embedded, renders one article at a time when it is opened, and keeps the
 * reviewer's decisions in localStorage.
 *
 * Article text is data, never markup: every string from the data reaches the DOM through text
 * nodes (h() children, textContent) or attribute values; nothing here uses innerHTML, and links
 * are made only for http(s) URLs.
 */

// The record and corpus-file shapes are core's (type-only: erased from the page's script).
import type { CorpusEntity, DossierRecord, EntityType, FigureGroup, GroupedFigure, Span, SpeakerClaims } from '@dossier/core';

type ReviewLabel = EntityType | 'FIGURE' | 'CLAIM';
type Label = ReviewLabel | 'SPEAKER';

/** What the page embeds of each record. */
type Article = Pick<DossierRecord, 'id' | 'source' | 'sha256' | 'title' | 'byline' | 'date' | 'url' | 'text' | 'notes' | 'entities' | 'figures' | 'claims'>;
type Entity = Article['entities'][number];
type Figure = Article['figures'][number];
type Claim = Article['claims'][number];
interface PageData {
  storageKey: string;
  articles: Article[];
  entities: CorpusEntity[];
  figures: FigureGroup[];
  claims: SpeakerClaims[];
}

interface Decision {
  verdict: 'correct' | 'wrong' | 'added';
  text: string;
  name?: string;
  speaker?: string | null;
  kind?: 'quote' | 'reported';
  value?: number | null;
  unit?: string | null;
  counted?: string | null;
}
interface Store {
  format: 'dossier-review-decisions';
  version: 1;
  articles: Record<string, { sha256?: string; decisions: Record<string, Decision> }>;
}

/** One annotation of the open article, as the page shows and judges it. */
interface Ann {
  key: string;
  label: Label;
  start: number;
  end: number;
  text: string;
  entity?: Entity;
  figure?: Figure;
  claim?: Claim;
  /** SPEAKER spans: the claims they speak. */
  spoken?: Claim[];
  decision?: Decision;
}

const REVIEW_LABELS: readonly ReviewLabel[] = ['PERSON', 'PLACE', 'ORG', 'FIGURE', 'CLAIM'];
const LABEL_NAMES: Readonly<Record<Label, string>> = { PERSON: 'People', PLACE: 'Places', ORG: 'Organisations', FIGURE: 'Figures', CLAIM: 'Claims', SPEAKER: 'Speakers' };
const ENTITY_VIEWS: Readonly<Record<string, EntityType>> = { people: 'PERSON', places: 'PLACE', organisations: 'ORG' };
const PAGE = 200;

const dataNode = document.getElementById('dossier-data');
const data = JSON.parse(dataNode?.textContent ?? '{}') as PageData;
const articleById = new Map(data.articles.map((a) => [a.id, a]));
const articleIndex = new Map(data.articles.map((a, i) => [a.id, i]));

// ---------------------------------------------------------------- DOM helpers

type Child = Node | string | number | null | undefined | false;
interface Props {
  class?: string;
  title?: string;
  type?: string;
  value?: string;
  placeholder?: string;
  href?: string;
  list?: string;
  id?: string;
  data?: Record<string, string>;
  onclick?: (e: MouseEvent) => void;
}

/** Creates an element; children that are strings become text nodes, so data can never be markup. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.title !== undefined) el.title = props.title;
  if (props.id) el.id = props.id;
  if (props.type !== undefined) el.setAttribute('type', props.type);
  if (props.value !== undefined) (el as HTMLInputElement).value = props.value;
  if (props.placeholder !== undefined) el.setAttribute('placeholder', props.placeholder);
  if (props.list !== undefined) el.setAttribute('list', props.list);
  if (props.href !== undefined) el.setAttribute('href', props.href);
  for (const [k, v] of Object.entries(props.data ?? {})) el.dataset[k] = v;
  if (props.onclick) (el as HTMLElement).addEventListener('click', props.onclick);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const titleOf = (a: Article): string => a.title ?? a.id;
const articleHref = (id: string, focus?: string): string => `#/article/${encodeURIComponent(id)}${focus ? `?focus=${encodeURIComponent(focus)}` : ''}`;
const keyOf = (label: Label, start: number, end: number): string => `${label}:${start}:${end}`;

function parseKey(key: string): { label: Label; start: number; end: number } | null {
  const m = /^(PERSON|PLACE|ORG|FIGURE|CLAIM|SPEAKER):(\d+):(\d+)$/u.exec(key);
  return m ? { label: m[1] as Label, start: Number(m[2]), end: Number(m[3]) } : null;
}

// ---------------------------------------------------------------- decisions

const STORE_KEY = `dossier-review:${data.storageKey}`;
const FORMAT = 'dossier-review-decisions';

function loadStore(): Store {
  try {
    const raw = localStorage.getItem(STORE_KEY);
    const v = raw ? (JSON.parse(raw) as Store) : null;
    if (v && v.format === FORMAT && v.articles && typeof v.articles === 'object') return v;
  } catch {
    // Unreadable or blocked storage: start with no decisions.
  }
  return { format: FORMAT, version: 1, articles: {} };
}

let store = loadStore();

function saveStore(): void {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(store));
    showStatus('');
  } catch {
    showStatus('Decisions could not be saved in this browser (storage blocked or full): use "Download decisions" now.');
  }
  updateDecisionCount();
}

function decisionsOf(id: string): Record<string, Decision> {
  return store.articles[id]?.decisions ?? {};
}

function setDecision(article: Article, key: string, d: Decision | null): void {
  const entry = (store.articles[article.id] ??= { sha256: article.sha256, decisions: {} });
  entry.sha256 = article.sha256;
  if (d) entry.decisions[key] = d;
  else delete entry.decisions[key];
  if (Object.keys(entry.decisions).length === 0) delete store.articles[article.id];
  saveStore();
}

function countDecisions(): { decisions: number; articles: number } {
  let decisions = 0;
  let articles = 0;
  for (const a of Object.values(store.articles)) {
    const n = Object.keys(a.decisions).length;
    decisions += n;
    if (n) articles++;
  }
  return { decisions, articles };
}

function downloadDecisions(): void {
  const blob = new Blob([JSON.stringify(store, null, 1) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url });
  a.download = 'dossier-decisions.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---------------------------------------------------------------- state, routing, filters

interface Filters {
  types: Set<ReviewLabel>;
  search: string;
  entity: string;
  speaker: string;
  article: string;
}
const filters: Filters = { types: new Set(REVIEW_LABELS), search: '', entity: '', speaker: '', article: '' };
let listLimit = PAGE;
/** Figure groups and speakers the reviewer asked to see in full (long ones show their first rows). */
const expanded = new Set<string>();
const ROWS = 25;

function showAll(key: string, total: number): HTMLButtonElement {
  return h('button', { type: 'button', class: 'more', onclick: () => (expanded.add(key), render()) }, `Show all ${total}`);
}
let selected: { key: string } | { add: { start: number; end: number } } | null = null;

interface Route {
  view: string;
  id?: string;
  params: URLSearchParams;
}
function route(): Route {
  const hash = location.hash.replace(/^#\/?/u, '');
  const [path = '', query = ''] = hash.split('?', 2);
  const [view = 'articles', ...rest] = path.split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  return id === undefined ? { view: view || 'articles', params: new URLSearchParams(query) } : { view, id, params: new URLSearchParams(query) };
}

// ---------------------------------------------------------------- layout

const app = document.getElementById('app')!;
const nav = h('nav', { class: 'tabs' });
const searchBox = h('input', { type: 'search', placeholder: 'Search', id: 'search', title: 'Search the current view' });
const decisionCount = h('span', { class: 'count', id: 'decision-count' });
const downloadButton = h('button', { type: 'button', id: 'download', onclick: downloadDecisions }, 'Download decisions');
const statusLine = h('div', { class: 'status', id: 'status' });
const typeChips = h('div', { class: 'chips', id: 'type-filter' });
const entityInput = h('input', { type: 'search', placeholder: 'Entity', id: 'f-entity', list: 'entity-names', title: 'Only articles, figures and claims that involve this entity' });
const speakerSelect = h('select', { id: 'f-speaker', title: 'Only this speaker' });
const articleSelect = h('select', { id: 'f-article', title: 'Only this article' });
const view = h('main', { id: 'view' });
const details = h('aside', { id: 'details' });

function showStatus(message: string): void {
  statusLine.textContent = message;
}

function updateDecisionCount(): void {
  const { decisions, articles } = countDecisions();
  decisionCount.textContent = decisions ? `${decisions} decision${decisions === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}` : 'No decisions yet';
}

function buildLayout(): void {
  const tabs: Array<[string, string]> = [
    ['articles', 'Articles'],
    ['people', 'People'],
    ['places', 'Places'],
    ['organisations', 'Organisations'],
    ['figures', 'Figures'],
    ['claims', 'Claims'],
  ];
  for (const [v, name] of tabs) nav.append(h('a', { href: `#/${v}`, data: { view: v } }, name));
  const names = h('datalist', { id: 'entity-names' });
  const seen = new Set<string>();
  for (const e of data.entities) {
    if (seen.has(e.name)) continue;
    seen.add(e.name);
    names.append(h('option', { value: e.name }));
  }
  speakerSelect.append(h('option', { value: '' }, 'All speakers'), ...data.claims.map((s) => h('option', { value: s.speaker }, `${s.speaker} (${s.claims.length})`)));
  articleSelect.append(h('option', { value: '' }, 'All articles'), ...data.articles.map((a) => h('option', { value: a.id }, `${a.date ?? '—'} ${titleOf(a).slice(0, 70)}`)));
  for (const l of REVIEW_LABELS) {
    typeChips.append(h('button', { type: 'button', class: `chip l-${l}`, data: { type: l }, title: 'Show only this type (Ctrl/Shift-click: add or remove it)' }, LABEL_NAMES[l]));
  }
  typeChips.append(h('button', { type: 'button', class: 'chip all', data: { type: 'ALL' } }, 'All types'));
  typeChips.addEventListener('click', (e) => {
    const chip = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-type]');
    if (!chip) return;
    const t = chip.dataset.type as ReviewLabel | 'ALL';
    if (t === 'ALL') filters.types = new Set(REVIEW_LABELS);
    else if (e.ctrlKey || e.metaKey || e.shiftKey) {
      if (filters.types.has(t)) filters.types.delete(t);
      else filters.types.add(t);
    } else filters.types = new Set([t]);
    listLimit = PAGE;
    render();
  });
  let timer = 0;
  searchBox.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      filters.search = searchBox.value.trim();
      listLimit = PAGE;
      render();
    }, 120);
  });
  entityInput.addEventListener('change', () => {
    filters.entity = entityInput.value.trim();
    listLimit = PAGE;
    render();
  });
  speakerSelect.addEventListener('change', () => {
    filters.speaker = speakerSelect.value;
    render();
  });
  articleSelect.addEventListener('change', () => {
    filters.article = articleSelect.value;
    render();
  });
  const header = h(
    'header',
    {},
    h('div', { class: 'bar' }, h('strong', { class: 'brand' }, 'Dossier review'), nav, searchBox, decisionCount, downloadButton),
    h('div', { class: 'bar filters' }, typeChips, entityInput, speakerSelect, articleSelect, names),
    statusLine,
  );
  app.append(header, h('div', { class: 'body' }, view, details));
}

function syncControls(r: Route): void {
  for (const a of nav.querySelectorAll<HTMLAnchorElement>('a')) a.classList.toggle('on', a.dataset.view === (r.view === 'article' ? 'articles' : r.view));
  for (const c of typeChips.querySelectorAll<HTMLButtonElement>('button[data-type]')) {
    const t = c.dataset.type!;
    c.classList.toggle('on', t === 'ALL' ? filters.types.size === REVIEW_LABELS.length : filters.types.has(t as ReviewLabel));
  }
  const uses: Record<string, Array<HTMLElement>> = {
    articles: [typeChips, entityInput, speakerSelect],
    article: [typeChips],
    people: [articleSelect],
    places: [articleSelect],
    organisations: [articleSelect],
    figures: [entityInput, articleSelect],
    claims: [entityInput, speakerSelect, articleSelect],
  };
  const active = uses[r.view] ?? [];
  for (const c of [typeChips, entityInput, speakerSelect, articleSelect]) c.hidden = !active.includes(c);
  entityInput.value = filters.entity;
  speakerSelect.value = filters.speaker;
  articleSelect.value = filters.article;
  details.hidden = r.view !== 'article';
}

// ---------------------------------------------------------------- filters shared by views

function entityMatches(name: string): (e: { name: string; aliases?: string[]; variants?: string[] }) => boolean {
  const f = fold(name);
  return (e) => fold(e.name) === f || (e.aliases ?? []).some((a) => fold(a) === f) || (e.variants ?? []).some((a) => fold(a) === f);
}

/** Article ids that mention the entity filter (by canonical name or variant), or null for no filter. */
function entityArticles(): Set<string> | null {
  if (!filters.entity) return null;
  const match = entityMatches(filters.entity);
  const ids = new Set<string>();
  for (const e of data.entities) if (match(e)) for (const id of e.articles) ids.add(id);
  for (const a of data.articles) if (a.entities.some(match)) ids.add(a.id);
  return ids;
}

const lowerText = new Map<string, string>();
function textContains(a: Article, needle: string): boolean {
  let t = lowerText.get(a.id);
  if (t === undefined) {
    t = fold(`${a.title ?? ''}\n${a.id}\n${a.byline ?? ''}\n${a.text}`);
    lowerText.set(a.id, t);
  }
  return t.includes(needle);
}

// ---------------------------------------------------------------- views: articles list

function countBy(a: Article): Record<ReviewLabel, number> {
  const n: Record<ReviewLabel, number> = { PERSON: 0, PLACE: 0, ORG: 0, FIGURE: a.figures.length, CLAIM: a.claims.length };
  for (const e of a.entities) n[e.type] += e.mentions.length;
  return n;
}

function renderArticles(): void {
  const needle = fold(filters.search);
  const withEntity = entityArticles();
  const all = filters.types.size === REVIEW_LABELS.length;
  const list = data.articles.filter((a) => {
    if (needle && !textContains(a, needle)) return false;
    if (withEntity && !withEntity.has(a.id)) return false;
    if (filters.speaker && !a.claims.some((c) => (c.speaker?.name ?? c.speaker?.text) === filters.speaker)) return false;
    if (!all) {
      const n = countBy(a);
      if (![...filters.types].some((t) => n[t] > 0)) return false;
    }
    return true;
  });
  view.append(h('h2', {}, `${list.length} of ${data.articles.length} articles`));
  const ul = h('ul', { class: 'articles' });
  for (const a of list.slice(0, listLimit)) {
    const n = countBy(a);
    const decided = Object.keys(decisionsOf(a.id)).length;
    ul.append(
      h(
        'li',
        {},
        h('a', { href: articleHref(a.id), class: 'article-link' }, titleOf(a)),
        h('div', { class: 'meta' }, [a.date, a.byline, a.source].filter(Boolean).join(' · ')),
        h('div', { class: 'counts' }, ...REVIEW_LABELS.map((l) => h('span', { class: `pill l-${l}` }, `${LABEL_NAMES[l]} ${n[l]}`)), decided ? h('span', { class: 'pill decided' }, `${decided} reviewed`) : null),
      ),
    );
  }
  view.append(ul);
  if (list.length > listLimit) view.append(moreButton(list.length - listLimit));
}

function moreButton(left: number): HTMLButtonElement {
  return h('button', { type: 'button', class: 'more', onclick: () => ((listLimit += PAGE), render()) }, `Show more (${left} left)`);
}

// ---------------------------------------------------------------- views: one article

let current: { article: Article; anns: Map<string, Ann>; textRoot: HTMLElement; offsets: WeakMap<Text, number> } | null = null;

/** Every annotation of the article, keyed by LABEL:start:end, with the reviewer's decisions. */
function annotationsOf(a: Article): Map<string, Ann> {
  const decisions = decisionsOf(a.id);
  const anns = new Map<string, Ann>();
  const put = (ann: Ann): void => {
    const d = decisions[ann.key];
    if (d && d.verdict !== 'added' && d.text === ann.text) ann.decision = d;
    if (!anns.has(ann.key)) anns.set(ann.key, ann);
  };
  for (const e of a.entities) for (const m of e.mentions) put({ key: keyOf(e.type, m.start, m.end), label: e.type, start: m.start, end: m.end, text: m.text, entity: e });
  for (const f of a.figures) put({ key: keyOf('FIGURE', f.start, f.end), label: 'FIGURE', start: f.start, end: f.end, text: f.text, figure: f });
  for (const c of a.claims) {
    put({ key: keyOf('CLAIM', c.start, c.end), label: 'CLAIM', start: c.start, end: c.end, text: c.text, claim: c });
    if (c.speaker) {
      const key = keyOf('SPEAKER', c.speaker.start, c.speaker.end);
      const s = anns.get(key);
      if (s) s.spoken!.push(c);
      else anns.set(key, { key, label: 'SPEAKER', start: c.speaker.start, end: c.speaker.end, text: c.speaker.text, spoken: [c] });
    }
  }
  for (const [key, d] of Object.entries(decisions)) {
    const k = parseKey(key);
    if (!k || d.verdict !== 'added' || anns.has(key) || a.text.slice(k.start, k.end) !== d.text) continue;
    anns.set(key, { key, label: k.label, start: k.start, end: k.end, text: d.text, decision: d });
  }
  return anns;
}

type Layer = 'claim' | 'speaker' | 'cue' | 'mark' | 'hit';
const LAYER_RANK: Readonly<Record<Layer, number>> = { claim: 0, speaker: 1, cue: 1, mark: 2, hit: 3 };
interface TreeNode {
  start: number;
  end: number;
  layer: Layer;
  ann?: Ann;
  first: boolean;
  last: boolean;
  children: TreeNode[];
}

/**
 * Nests the spans so each becomes one element inside the span that holds it (a figure inside a
 * claim, "US" inside "US Southern Command"); a span that crosses its container's end is cut
 * there and continues as a second piece, so the DOM stays a tree and the text stays in order.
 */
function buildTree(length: number, nodes: TreeNode[]): TreeNode {
  const cmp = (a: TreeNode, b: TreeNode): number => a.start - b.start || b.end - a.end || LAYER_RANK[a.layer] - LAYER_RANK[b.layer];
  const queue = nodes.filter((n) => n.end > n.start).sort(cmp);
  const root: TreeNode = { start: 0, end: length, layer: 'hit', first: true, last: true, children: [] };
  const stack: TreeNode[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    while (stack.length > 1 && stack[stack.length - 1]!.end <= n.start) stack.pop();
    const parent = stack[stack.length - 1]!;
    if (n.end > parent.end) {
      const rest: TreeNode = { ...n, start: parent.end, first: false, children: [] };
      n.end = parent.end;
      n.last = false;
      let j = i + 1;
      while (j < queue.length && cmp(queue[j]!, rest) <= 0) j++;
      queue.splice(j, 0, rest);
    }
    parent.children.push(n);
    stack.push(n);
  }
  return root;
}

function decisionClass(d: Decision | undefined): string {
  return d ? ` d-${d.verdict}` : '';
}

function renderText(a: Article, anns: Map<string, Ann>, offsets: WeakMap<Text, number>): HTMLElement {
  const nodes: TreeNode[] = [];
  const node = (layer: Layer, start: number, end: number, ann?: Ann): TreeNode => ({ start, end, layer, ann, first: true, last: true, children: [] });
  for (const ann of anns.values()) {
    const off = ann.label !== 'SPEAKER' && !filters.types.has(ann.label);
    if (ann.label === 'CLAIM') {
      if (off) continue;
      nodes.push(node('claim', ann.start, ann.end, ann));
      const cue = ann.claim?.cue;
      if (cue) nodes.push(node('cue', cue.start, cue.end));
    } else if (ann.label === 'SPEAKER') {
      if (filters.types.has('CLAIM')) nodes.push(node('speaker', ann.start, ann.end, ann));
    } else if (!off) nodes.push(node('mark', ann.start, ann.end, ann));
  }
  const needle = filters.search;
  if (needle.length >= 2) {
    const hay = a.text.toLowerCase();
    const n = needle.toLowerCase();
    for (let at = hay.indexOf(n), count = 0; at >= 0 && count < 500; at = hay.indexOf(n, at + n.length), count++) nodes.push(node('hit', at, at + n.length));
  }
  const root = buildTree(a.text.length, nodes);
  const text = (start: number, end: number): Text => {
    const t = document.createTextNode(a.text.slice(start, end));
    offsets.set(t, start);
    return t;
  };
  const fill = (n: TreeNode, el: HTMLElement, depth: number): void => {
    let pos = n.start;
    for (const c of n.children) {
      if (c.start > pos) el.append(text(pos, c.start));
      el.append(element(c, depth));
      pos = c.end;
    }
    if (pos < n.end) el.append(text(pos, n.end));
  };
  const element = (n: TreeNode, depth: number): HTMLElement => {
    const ann = n.ann;
    if (n.layer === 'claim' && ann) {
      const el = h('span', { class: `claim depth-${Math.min(depth, 3)}${decisionClass(ann.decision)}`, data: { key: ann.key } });
      if (n.first) {
        const c = ann.claim;
        const who = c ? (c.speaker ? (c.speaker.name ?? `“${c.speaker.text}”`) : 'no speaker') : (ann.decision?.speaker ?? 'added');
        const tag = h('span', { class: 'ctag', data: { key: ann.key } }, `${c?.kind === 'reported' ? 'REPORTED' : 'CLAIM'} · ${who}${ann.decision ? (ann.decision.verdict === 'wrong' ? ' ✗' : ' ✓') : ''}`);
        tag.tabIndex = 0;
        el.append(tag);
      }
      fill(n, el, depth + 1);
      return el;
    }
    if (n.layer === 'speaker' && ann) {
      const el = h('span', { class: 'speaker', data: { key: ann.key }, title: `Speaker of ${ann.spoken?.length ?? 0} claim(s)` });
      fill(n, el, depth);
      return el;
    }
    if (n.layer === 'cue') {
      const el = h('span', { class: 'cue', title: 'reporting cue' });
      fill(n, el, depth);
      return el;
    }
    if (n.layer === 'hit') {
      const el = h('mark', { class: 'hit' });
      fill(n, el, depth);
      return el;
    }
    const el = h('mark', { class: `ann l-${ann!.label}${decisionClass(ann!.decision)}`, data: { key: ann!.key } });
    if (n.first) el.tabIndex = 0;
    fill(n, el, depth);
    if (n.last) el.append(h('span', { class: 'lbl' }, ann!.label + (ann!.decision ? { correct: ' ✓', wrong: ' ✗', added: ' +' }[ann!.decision.verdict] : '')));
    return el;
  };
  const root_ = h('div', { class: 'text', id: 'article-text' });
  fill(root, root_, 0);
  return root_;
}

function renderArticle(id: string, params: URLSearchParams): void {
  const a = articleById.get(id);
  if (!a) {
    view.append(h('h2', {}, 'No such article'), h('p', {}, `There is no article with id “${id}” in this review page.`), h('a', { href: '#/articles' }, 'All articles'));
    current = null;
    return;
  }
  const anns = annotationsOf(a);
  const offsets = new WeakMap<Text, number>();
  const textRoot = renderText(a, anns, offsets);
  current = { article: a, anns, textRoot, offsets };
  const idx = articleIndex.get(a.id)!;
  const prev = data.articles[idx - 1];
  const next = data.articles[idx + 1];
  const link = a.url && /^https?:\/\//iu.test(a.url) ? h('a', { href: a.url, class: 'source-url' }, a.url) : a.url ? h('span', { class: 'source-url' }, a.url) : null;
  if (link instanceof HTMLAnchorElement) {
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
  view.append(
    h(
      'div',
      { class: 'article-head' },
      h('div', { class: 'pager' }, prev ? h('a', { href: articleHref(prev.id) }, '← previous') : null, h('span', {}, `${idx + 1} / ${data.articles.length}`), next ? h('a', { href: articleHref(next.id) }, 'next →') : null),
      h('h2', { id: 'article-title' }, titleOf(a)),
      h('div', { class: 'meta' }, h('span', {}, a.byline ?? 'no byline'), ' · ', h('span', {}, a.date ?? 'no date'), ' · ', h('span', {}, a.source), link ? ' · ' : null, link),
      a.notes.length ? h('div', { class: 'notes' }, a.notes.join(' · ')) : null,
      h('p', { class: 'hint' }, 'Click an annotation to see its fields and mark it correct or wrong. Select text to add a span the pipeline missed.'),
    ),
    textRoot,
  );
  textRoot.addEventListener('click', onTextClick);
  textRoot.addEventListener('keydown', onTextKey);
  textRoot.addEventListener('mouseup', onTextMouseUp);
  const focus = params.get('focus');
  const target = focus ? anns.get(focus) : undefined;
  if (target && (!selected || !('key' in selected) || selected.key !== target.key)) selected = { key: target.key };
  renderDetails();
  if (selected && 'key' in selected) textRoot.querySelector(`[data-key="${CSS.escape(selected.key)}"]`)?.classList.add('selected');
  if (target) {
    const el = textRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(target.key)}"]`);
    if (el) {
      el.classList.add('focus');
      el.scrollIntoView({ block: 'center' });
    }
  }
}

function onTextClick(e: MouseEvent): void {
  const sel = getSelection();
  if (sel && !sel.isCollapsed) return;
  selectElement((e.target as HTMLElement).closest<HTMLElement>('[data-key]'));
}

/** Enter or Space on a focused annotation selects it, as a click does. */
function onTextKey(e: KeyboardEvent): void {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  const el = (e.target as HTMLElement).closest<HTMLElement>('[data-key]');
  if (!el) return;
  e.preventDefault();
  selectElement(el);
}

function selectElement(el: HTMLElement | null): void {
  if (!el || !current) return;
  const ann = current.anns.get(el.dataset.key!);
  if (!ann) return;
  selected = { key: ann.label === 'SPEAKER' && ann.spoken?.[0] ? keyOf('CLAIM', ann.spoken[0].start, ann.spoken[0].end) : ann.key };
  for (const x of current.textRoot.querySelectorAll('.selected')) x.classList.remove('selected');
  el.classList.add('selected');
  renderDetails();
}

/** The text offset of a DOM point in the article: text nodes map directly, label badges snap to text. */
function textOffset(container: Node, offset: number, isStart: boolean): number | null {
  if (!current) return null;
  const base = container.nodeType === Node.TEXT_NODE ? current.offsets.get(container as Text) : undefined;
  if (base !== undefined) return base + offset;
  const point = document.createRange();
  point.setStart(container, offset);
  const walker = document.createTreeWalker(current.textRoot, NodeFilter.SHOW_TEXT);
  let found: number | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const start = current.offsets.get(n);
    if (start === undefined) continue;
    if (isStart && point.comparePoint(n, 0) >= 0) return start;
    if (!isStart && point.comparePoint(n, n.length) <= 0) found = start + n.length;
  }
  return found;
}

function onTextMouseUp(): void {
  const sel = getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !current) return;
  const r = sel.getRangeAt(0);
  if (!current.textRoot.contains(r.commonAncestorContainer)) return;
  let start = textOffset(r.startContainer, r.startOffset, true);
  let end = textOffset(r.endContainer, r.endOffset, false);
  if (start === null || end === null) return;
  const t = current.article.text;
  while (start < end && /\s/u.test(t[start]!)) start++;
  while (end > start && /\s/u.test(t[end - 1]!)) end--;
  if (end <= start) return;
  selected = { add: { start, end } };
  renderDetails();
}

// ---------------------------------------------------------------- details panel

/** Appends the children that exist (optional fields are null). */
function put(parent: HTMLElement, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) parent.append(typeof c === 'number' ? String(c) : c);
}

function field(name: string, value: Child): HTMLElement {
  return h('div', { class: 'field' }, h('span', { class: 'k' }, name), h('span', { class: 'v' }, value === null || value === undefined || value === '' ? '—' : value));
}

function verdictButtons(a: Article, ann: Ann): HTMLElement {
  const set = (verdict: 'correct' | 'wrong' | null) => () => {
    const keep = ann.decision?.speaker !== undefined ? { speaker: ann.decision.speaker } : {};
    setDecision(a, ann.key, verdict ? { verdict, text: ann.text, ...keep } : null);
    rerenderArticle();
  };
  const v = ann.decision?.verdict;
  return h(
    'div',
    { class: 'verdict' },
    h('button', { type: 'button', class: `ok${v === 'correct' ? ' on' : ''}`, id: 'mark-correct', onclick: set('correct') }, '✓ Correct'),
    h('button', { type: 'button', class: `bad${v === 'wrong' ? ' on' : ''}`, id: 'mark-wrong', onclick: set('wrong') }, '✗ Wrong'),
    v ? h('button', { type: 'button', id: 'mark-clear', onclick: set(null) }, 'Clear') : null,
  );
}

function speakerEditor(a: Article, ann: Ann): HTMLElement {
  const listId = 'speaker-names';
  const names = [...new Set(a.entities.filter((e) => e.type !== 'PLACE').map((e) => e.name))].sort();
  const current_ = ann.decision?.speaker !== undefined ? (ann.decision.speaker ?? '') : (ann.claim?.speaker?.name ?? '');
  const input = h('input', { type: 'text', list: listId, value: current_, placeholder: 'canonical name, empty = none', id: 'speaker-input' });
  const save = (): void => {
    const base: Decision = ann.decision ?? { verdict: ann.claim ? 'correct' : 'added', text: ann.text };
    setDecision(a, ann.key, { ...base, speaker: input.value.trim() || null });
    rerenderArticle();
  };
  return h('div', { class: 'edit' }, h('label', {}, 'Speaker '), input, h('datalist', { id: listId }, ...names.map((n) => h('option', { value: n }))), h('button', { type: 'button', id: 'speaker-save', onclick: save }, 'Set speaker'));
}

/** Fields a reviewer can give an added span: a canonical name, a figure's reading, a claim's kind. */
function addedEditor(a: Article, ann: Ann): HTMLElement | null {
  const d = ann.decision!;
  const inputs: Array<[keyof Decision, string, HTMLInputElement | HTMLSelectElement]> = [];
  const input = (k: keyof Decision, label: string, value: string, placeholder: string): void => {
    inputs.push([k, label, h('input', { type: 'text', value, placeholder, id: `added-${k}` })]);
  };
  if (ann.label === 'PERSON' || ann.label === 'PLACE' || ann.label === 'ORG') input('name', 'Canonical name', d.name ?? '', ann.text);
  else if (ann.label === 'FIGURE') {
    input('value', 'Value', d.value === undefined || d.value === null ? '' : String(d.value), 'read from the text');
    input('unit', 'Unit', d.unit ?? '', 'USD, percent, year… or empty');
    input('counted', 'Counted', d.counted ?? '', 'what is counted');
  } else if (ann.label === 'CLAIM') {
    const kind = h('select', { id: 'added-kind' }, h('option', { value: '' }, 'kind from the quotation marks'), h('option', { value: 'quote' }, 'quote'), h('option', { value: 'reported' }, 'reported'));
    kind.value = d.kind ?? '';
    inputs.push(['kind', 'Kind', kind]);
  }
  if (inputs.length === 0) return null;
  const save = (): void => {
    const next: Decision = { ...d };
    for (const [k, , el] of inputs) {
      const v = el.value.trim();
      delete next[k];
      if (v === '') continue;
      if (k === 'value') {
        const n = Number(v.replace(/,/gu, ''));
        if (Number.isFinite(n)) next.value = n;
      } else if (k === 'kind') next.kind = v as 'quote' | 'reported';
      else (next as unknown as Record<string, string>)[k] = v;
    }
    setDecision(a, ann.key, next);
    rerenderArticle();
  };
  return h('div', { class: 'edit' }, ...inputs.flatMap(([, label, el]) => [h('label', {}, label), el]), h('button', { type: 'button', id: 'added-save', onclick: save }, 'Save'));
}

function corpusEntityOf(e: Entity): CorpusEntity | undefined {
  const match = entityMatches(e.name);
  return data.entities.find((c) => c.type === e.type && match(c));
}

function renderDetails(): void {
  details.replaceChildren();
  if (!current || !selected) {
    details.append(h('p', { class: 'hint' }, 'Nothing selected.'), legend());
    return;
  }
  const a = current.article;
  if ('add' in selected) {
    const { start, end } = selected.add;
    const text = a.text.slice(start, end);
    const add = (label: ReviewLabel) => () => {
      const key = keyOf(label, start, end);
      if (!current!.anns.has(key)) setDecision(a, key, { verdict: 'added', text });
      selected = { key };
      getSelection()?.removeAllRanges();
      rerenderArticle();
    };
    details.append(
      h('h3', {}, 'Add a missed span'),
      h('blockquote', { id: 'new-span-text' }, text),
      field('offsets', `${start}–${end}`),
      h('div', { class: 'add-types' }, ...REVIEW_LABELS.map((l) => h('button', { type: 'button', class: `chip l-${l}`, data: { add: l }, onclick: add(l) }, l))),
    );
    return;
  }
  const ann = current.anns.get(selected.key);
  if (!ann) {
    selected = null;
    renderDetails();
    return;
  }
  details.append(h('h3', {}, h('span', { class: `pill l-${ann.label}` }, ann.label), ' ', h('span', { id: 'details-text' }, ann.text.length > 120 ? ann.text.slice(0, 120) + '…' : ann.text)));
  if (ann.entity) {
    const e = ann.entity;
    const ce = corpusEntityOf(e);
    const viewName = e.type === 'PERSON' ? 'people' : e.type === 'PLACE' ? 'places' : 'organisations';
    details.append(
      field('canonical name', h('span', { id: 'details-name' }, e.name)),
      field('entity', e.id),
      field('role', e.role),
      field('aliases', e.aliases.join(', ')),
      field('mentions here', e.mentions.length),
      field('in the corpus', ce ? h('a', { href: `#/${viewName}?open=${encodeURIComponent(ce.name)}` }, `${ce.articleCount} article(s), ${ce.mentionCount} mention(s)`) : null),
      h('button', { type: 'button', class: 'link', onclick: () => ((filters.entity = e.name), (location.hash = '#/articles')) }, 'Articles with this entity'),
    );
  } else if (ann.figure) {
    const f = ann.figure;
    put(
      details,
      field('value', fmt.format(f.value)),
      f.min !== undefined || f.max !== undefined ? field('range', `${f.min ?? '?'} – ${f.max ?? '?'}`) : null,
      field('unit', f.unit),
      field('counted', f.counted),
      field('event', f.event),
      field('qualifier', f.qualifier),
      field('approximate', f.approximate ? 'yes' : 'no'),
      field('scope', f.scope),
      field('id', f.id),
    );
  } else if (ann.claim) {
    const c = ann.claim;
    put(
      details,
      field('kind', c.kind),
      field('speaker', c.speaker ? (c.speaker.name ?? '(unnamed source)') : null),
      field('speaker text', c.speaker?.text),
      field('cue', c.cue ? `${c.cue.text} (${c.cue.lemma})` : null),
      field('figures', c.figures.join(', ')),
      field('id', c.id),
      ann.decision?.speaker !== undefined ? field('speaker (review)', ann.decision.speaker ?? 'none') : null,
      speakerEditor(a, ann),
    );
  } else if (ann.decision?.verdict === 'added') {
    const d = ann.decision;
    put(
      details,
      field('added by', 'you'),
      field('offsets', `${ann.start}–${ann.end}`),
      d.name ? field('canonical name', d.name) : null,
      d.value !== undefined ? field('value', d.value === null ? null : fmt.format(d.value)) : null,
      d.counted ? field('counted', d.counted) : null,
      d.kind ? field('kind', d.kind) : null,
      addedEditor(a, ann),
    );
    if (ann.label === 'CLAIM') details.append(speakerEditor(a, ann));
    details.append(h('button', { type: 'button', id: 'remove-added', onclick: () => (setDecision(a, ann.key, null), (selected = null), rerenderArticle()) }, 'Remove this span'));
  }
  if (ann.decision?.verdict !== 'added') details.append(verdictButtons(a, ann));
  details.append(legend());
}

function legend(): HTMLElement {
  return h('div', { class: 'legend' }, ...REVIEW_LABELS.map((l) => h('span', { class: `pill l-${l}` }, l)), h('span', { class: 'pill speaker-pill' }, 'SPEAKER'), h('span', { class: 'pill' }, '✓ correct · ✗ wrong · + added'));
}

function rerenderArticle(): void {
  if (!current) return;
  const scroll = window.scrollY;
  render();
  window.scrollTo(0, scroll);
}

// ---------------------------------------------------------------- views: people, places, organisations

function kwic(text: string, start: number, end: number): HTMLElement {
  const from = Math.max(0, start - 60);
  const to = Math.min(text.length, end + 60);
  const left = (from > 0 ? '…' : '') + text.slice(from, start).replace(/\s+/gu, ' ');
  const right = text.slice(end, to).replace(/\s+/gu, ' ') + (to < text.length ? '…' : '');
  return h('span', { class: 'kwic' }, left, h('b', {}, text.slice(start, end)), right);
}

function renderEntities(type: EntityType, params: URLSearchParams): void {
  const needle = fold(filters.search);
  const open = params.get('open');
  const list = data.entities.filter((e) => e.type === type && (!needle || fold(e.name).includes(needle) || e.variants.some((v) => fold(v).includes(needle))) && (!filters.article || e.articles.includes(filters.article)));
  view.append(h('h2', {}, `${list.length} ${LABEL_NAMES[type].toLowerCase()}`));
  const table = h('table', { class: 'entities' }, h('thead', {}, h('tr', {}, h('th', {}, 'Canonical name'), h('th', {}, 'Other names'), h('th', {}, 'Articles'), h('th', {}, 'Mentions'))));
  const body = h('tbody', {});
  for (const e of list.slice(0, listLimit)) {
    const isOpen = open === e.name;
    const href = `#/${route().view}${isOpen ? '' : `?open=${encodeURIComponent(e.name)}`}`;
    body.append(h('tr', { class: isOpen ? 'open' : '' }, h('td', {}, h('a', { href, class: 'entity-link' }, e.name)), h('td', {}, e.variants.join(', ')), h('td', { class: 'n' }, e.articleCount), h('td', { class: 'n' }, e.mentionCount)));
    if (isOpen) {
      const cell = h('td', {}, mentionsOf(e));
      cell.colSpan = 4;
      body.append(h('tr', { class: 'mentions' }, cell));
    }
  }
  table.append(body);
  view.append(table);
  if (list.length > listLimit) view.append(moreButton(list.length - listLimit));
  if (open) view.querySelector('tr.open')?.scrollIntoView({ block: 'start' });
}

function mentionsOf(ce: CorpusEntity): HTMLElement {
  const match = entityMatches(ce.name);
  const box = h('div', { class: 'mention-list' }, h('button', { type: 'button', class: 'link', onclick: () => ((filters.entity = ce.name), (location.hash = '#/articles')) }, ce.articleCount === 1 ? 'Show this article' : `Show these ${ce.articleCount} articles`));
  for (const id of ce.articles) {
    const a = articleById.get(id);
    if (!a) continue;
    const items = h('ul', {});
    for (const e of a.entities.filter((x) => x.type === ce.type && match(x))) {
      for (const m of e.mentions.slice(0, 30)) items.append(h('li', {}, h('a', { href: articleHref(a.id, keyOf(e.type, m.start, m.end)), class: 'mention-link' }, kwic(a.text, m.start, m.end))));
    }
    box.append(h('div', { class: 'mention-article' }, h('a', { href: articleHref(a.id) }, `${a.date ?? '—'} · ${titleOf(a)}`), items));
  }
  return box;
}

// ---------------------------------------------------------------- views: figures

/** The figure as the article words it, with its qualifier added only when the words do not carry it. */
function figureLabel(f: GroupedFigure): string {
  if (!f.qualifier) return f.text;
  const first = fold(f.qualifier).split(' ')[0]!;
  return fold(f.text).split(/\s+/u).includes(first) ? f.text : `${f.text} [${f.qualifier}]`;
}

/** One bar per figure, in date order: the value per article at a glance, labelled as the article words it. */
function chart(g: FigureGroup, figures: GroupedFigure[]): SVGElement {
  const row = 22;
  const labelW = 190;
  const barW = 300;
  const width = labelW + barW + 150;
  const height = figures.length * row + 8;
  const max = Math.max(...figures.map((f) => f.max ?? f.value), 0) || 1;
  const root = svg('svg', { class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  root.append(svg('title', {}, `${g.measure}: value per article`));
  figures.forEach((f, i) => {
    const y = i * row + 4;
    const a = articleById.get(f.article);
    const name = `${f.date ?? '—'} ${a ? titleOf(a) : f.article}`;
    root.append(svg('text', { x: 0, y: y + 14, class: 'axis' }, name.length > 30 ? name.slice(0, 29) + '…' : name));
    if (f.min !== undefined && f.max !== undefined) root.append(svg('rect', { x: labelW + (barW * f.min) / max, y: y + 3, width: Math.max(1, (barW * (f.max - f.min)) / max), height: 14, class: 'range' }));
    const w = Math.max(1, (barW * Math.max(0, f.value)) / max);
    const bar = svg('rect', { x: labelW, y: y + 3, width: w, height: 14, class: f.qualifier ? 'bar hedged' : 'bar' });
    bar.append(svg('title', {}, `${figureLabel(f)} = ${fmt.format(f.value)}${f.scope ? ` (${f.scope})` : ''}`));
    root.append(bar, svg('text', { x: labelW + w + 6, y: y + 14, class: 'value' }, `${figureLabel(f)}  (${compact.format(f.value)})`));
  });
  return root;
}

function figureSpanKey(f: GroupedFigure): string | undefined {
  const fig = articleById.get(f.article)?.figures.find((x) => x.id === f.figure);
  return fig ? keyOf('FIGURE', fig.start, fig.end) : undefined;
}

function renderFigures(): void {
  const needle = fold(filters.search);
  const withEntity = entityArticles();
  const groups: Array<[FigureGroup, GroupedFigure[]]> = [];
  for (const g of data.figures) {
    const groupHit = !needle || fold(g.measure).includes(needle) || fold(g.key).includes(needle);
    const figures = g.figures
      .filter((f) => (!filters.article || f.article === filters.article) && (!withEntity || withEntity.has(f.article)) && (groupHit || fold(f.text).includes(needle) || fold(f.scope ?? '').includes(needle)))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (articleIndex.get(a.article) ?? 0) - (articleIndex.get(b.article) ?? 0));
    if (figures.length) groups.push([g, figures]);
  }
  view.append(h('h2', {}, `${groups.length} measures, ${groups.reduce((n, [, f]) => n + f.length, 0)} figures`));
  for (const [g, all] of groups.slice(0, Math.max(20, listLimit / 5))) {
    const figures = expanded.has(`f:${g.key}`) ? all : all.slice(0, ROWS);
    const rows = h('tbody', {});
    for (const f of figures) {
      const a = articleById.get(f.article);
      const key = figureSpanKey(f);
      rows.append(
        h(
          'tr',
          {},
          h('td', { class: 'date' }, f.date ?? '—'),
          h('td', {}, h('a', { href: articleHref(f.article, key), class: 'figure-link' }, a ? titleOf(a) : f.article)),
          h('td', {}, f.text),
          h('td', { class: 'n' }, fmt.format(f.value)),
          h('td', {}, f.qualifier ?? ''),
          h('td', {}, f.scope ?? ''),
        ),
      );
    }
    view.append(
      h(
        'section',
        { class: 'group' },
        h('h3', { title: g.key }, g.measure, h('span', { class: 'meta' }, ` · ${g.unit ?? 'count'} · ${all.length} figure(s) in ${new Set(all.map((f) => f.article)).size} article(s)`)),
        chart(g, figures),
        figures.some((f) => f.qualifier) ? h('div', { class: 'meta' }, 'Dashed bars are hedged figures (over, about, at least…); the label is the article’s own wording.') : null,
        h('table', { class: 'figures' }, h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Article'), h('th', {}, 'Text'), h('th', {}, 'Value'), h('th', {}, 'Qualifier'), h('th', {}, 'Scope'))), rows),
        figures.length < all.length ? showAll(`f:${g.key}`, all.length) : null,
      ),
    );
  }
  if (groups.length > Math.max(20, listLimit / 5)) view.append(moreButton(groups.length - Math.max(20, listLimit / 5)));
}

// ---------------------------------------------------------------- views: claims by speaker

function renderClaims(): void {
  const needle = fold(filters.search);
  const entity = filters.entity ? entityMatches(filters.entity) : null;
  const speakers: Array<[SpeakerClaims, SpeakerClaims['claims']]> = [];
  for (const s of data.claims) {
    if (filters.speaker && s.speaker !== filters.speaker) continue;
    if (entity && !entity({ name: s.speaker })) continue;
    const speakerHit = !needle || fold(s.speaker).includes(needle);
    const claims = s.claims.filter((c) => (!filters.article || c.article === filters.article) && (speakerHit || fold(c.text).includes(needle)));
    if (claims.length) speakers.push([s, claims]);
  }
  view.append(h('h2', {}, `${speakers.length} speakers, ${speakers.reduce((n, [, c]) => n + c.length, 0)} claims`));
  for (const [s, all] of speakers.slice(0, listLimit)) {
    const claims = expanded.has(`c:${s.speaker}`) ? all : all.slice(0, ROWS);
    const list = h('ol', { class: 'claims' });
    for (const c of claims) {
      const a = articleById.get(c.article);
      const claim = a?.claims.find((x) => x.id === c.claim);
      list.append(
        h(
          'li',
          {},
          h('div', { class: 'meta' }, `${c.date ?? 'undated'} · `, h('a', { href: articleHref(c.article, claim ? keyOf('CLAIM', claim.start, claim.end) : undefined), class: 'claim-link' }, a ? titleOf(a) : c.article), ` · ${c.kind}${c.cue ? ` · ${c.cue}` : ''} · “${c.speakerText}”`),
          h('blockquote', {}, c.text),
        ),
      );
    }
    view.append(
      h(
        'section',
        { class: 'speaker-group' },
        h('h3', {}, s.speaker, h('span', { class: 'meta' }, ` · ${s.type ?? 'unnamed source'} · ${all.length} claim(s) in ${new Set(all.map((c) => c.article)).size} article(s)`)),
        list,
        claims.length < all.length ? showAll(`c:${s.speaker}`, all.length) : null,
      ),
    );
  }
  if (speakers.length > listLimit) view.append(moreButton(speakers.length - listLimit));
}

// ---------------------------------------------------------------- render

let lastView = '';
function render(): void {
  const r = route();
  if (r.view + (r.id ?? '') !== lastView) {
    listLimit = PAGE;
    expanded.clear();
    if (r.view !== 'article') selected = null;
    lastView = r.view + (r.id ?? '');
  }
  syncControls(r);
  view.replaceChildren();
  if (r.view !== 'article') current = null;
  if (r.view === 'article' && r.id !== undefined) renderArticle(r.id, r.params);
  else if (ENTITY_VIEWS[r.view]) renderEntities(ENTITY_VIEWS[r.view]!, r.params);
  else if (r.view === 'figures') renderFigures();
  else if (r.view === 'claims') renderClaims();
  else renderArticles();
  document.body.dataset.view = r.view;
}

buildLayout();
updateDecisionCount();
window.addEventListener('hashchange', () => {
  selected = null;
  window.scrollTo(0, 0);
  render();
});
render();
document.body.dataset.ready = 'true';
