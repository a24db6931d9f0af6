/**
 * Token-level facts every rule reads: keys, capitalisation, sentence starts, Title Case headings, and whether a
 * capitalised token can be part of a name ("hard"), or only when a name follows it ("soft": "According", "Trade").
 */
import type { Token, TokenizedDoc } from '@dossier/core';
import { isAcronym, isCamelCase, startsUpper, wordKey } from './normalize.js';
import { CALENDAR_WORDS, CONNECTOR_WORDS, NEVER_NAME_WORDS, isCommonWord, isFirstName, isKnownOrg, isProperNoun } from './lexicon.js';
import { isDemonym, lookupPlace } from './gazetteer.js';

export interface DocView {
  text: string;
  tokens: readonly Token[];
  /** Look-up key of each token: `wordKey` for capitalised words ("Peña" -> "pena"), the lowercase form for others. */
  keys: string[];
  /** 1 for a word that starts with a capital letter (or a brand like "iPhone"). Flags are bytes: one per token. */
  cap: Uint8Array;
  /** First word of a sentence, of a quote, of a bracket, or after a colon. */
  initial: Uint8Array;
  /** Inside a Title Case heading ("Capitalists Fear for Their Businesses"). */
  heading: Uint8Array;
  /** Capitalised and trusted as a name word. */
  hard: Uint8Array;
  /** Capitalised only by position, and an ordinary word: may open a name, not carry one alone. */
  soft: Uint8Array;
  /** A hyphen glued to the words on both sides ("Jong-un", not "Mexico - the"). */
  glued: Uint8Array;
  /** Is the key a name word the article also uses alone, with no capitalised word beside it ("Jafari said")? */
  isAlone(key: string): boolean;
  /** Is the key a capitalised word the article puts after a number, as a thing it counts ("roughly 100 Polaroids")? */
  isCounted(key: string): boolean;
}

const OPENERS = new Set(['“', '‘', '"', "'", '(', '[', '«', '—', '–', '-', ':', '…']);
const LOWER_BRAND = /^\p{Ll}+\p{Lu}/u;
const PLAIN = /^[a-z0-9]*$/;
const HYPHENS = new Set(['-', '‐', '‑', '–']);
const SLIP_WORDS = new Set(['in', 'and', 'but', 'with', 'from', 'at', 'by', 'into', 'if', 'when', 'while', 'as', 'after', 'before']);

export function buildView(doc: TokenizedDoc): DocView {
  const { tokens, text } = doc;
  const n = tokens.length;
  const keys = new Array<string>(n);
  const cap = new Uint8Array(n);
  const glued = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      const c = t.text.charCodeAt(0);
      if (c >= 65 && c <= 90) cap[i] = 1;
      else if (c >= 97 && c <= 122) cap[i] = t.text !== t.lower && LOWER_BRAND.test(t.text) ? 1 : 0;
      else cap[i] = startsUpper(t.text) ? 1 : 0;
    } else if (HYPHENS.has(t.text) && i > 0 && i + 1 < n) {
      const next = tokens[i + 1]!;
      if (tokens[i - 1]!.end === t.start && next.start === t.end && next.kind === 'word') glued[i] = 1;
    }
    // Lowercase words are only compared with our plain word lists: their lowercase form is their key. Capitalised
    // ones are names, folded ("Peña" -> "pena", "U.S." -> "us").
    keys[i] = cap[i] === 1 && !PLAIN.test(t.lower) ? wordKey(t.text) : t.lower;
  }
  const initial = new Uint8Array(n);
  for (const s of doc.sentences) {
    let i = s.firstToken;
    while (i < s.endToken && tokens[i]!.kind !== 'word') i++;
    if (i < s.endToken) initial[i] = 1;
  }
  for (let i = 1; i < n; i++) if (tokens[i - 1]!.kind !== 'word' && OPENERS.has(tokens[i - 1]!.text)) initial[i] = 1;

  const heading = new Uint8Array(n);
  for (const p of doc.paragraphs) markHeading(tokens, keys, cap, p.start, p.end, heading);

  // Words seen capitalised where capitals mean something: "National" in "the Mexican National Guard" vouches for
  // "National" in the headline "... Use Mexican National Guard as U.S. Border Patrol"; "Border" does not.
  const seenCapital = new Set<string>();
  for (let i = 0; i < n; i++) if (cap[i] && !initial[i] && !heading[i]) seenCapital.add(keys[i]!);

  const hard = new Uint8Array(n);
  const soft = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!cap[i]) continue;
    const key = keys[i]!;
    // "Theresa May", "Johnnie Christmas": a month or a feast after a given name is a surname.
    if (CALENDAR_WORDS.has(key) && i > 0 && cap[i - 1] === 1 && isFirstName(keys[i - 1]!) && tokens[i + 1]?.kind !== 'number' && !initial[i]) {
      hard[i] = 1;
      continue;
    }
    if (CALENDAR_WORDS.has(key) || NEVER_NAME_WORDS.has(key)) continue;
    const t = tokens[i]!.text;
    // "Pan-democrat Lam Cheuk-ting", "Anti-war": a prefix glued to an ordinary lowercase word describes the name.
    if (isDescriptorCompound(t)) {
      soft[i] = 1;
      continue;
    }
    if (!initial[i] && !heading[i]) {
      // A capitalised "In" or "And" inside a sentence is a formatting slip, not a name ("Regina Ip In the ...");
      // "To" and "Or" are surnames too ("James To", "Wilson Or").
      if (SLIP_WORDS.has(key) && !isAcronym(t)) soft[i] = 1;
      else hard[i] = 1;
      continue;
    }
    // In an all-caps headline "SAYS" and "PAY" are words: capitals vouch for an acronym only when it is not a word.
    const acronym = isAcronym(t) && !((key.length >= 4 || heading[i]) && isCommonWord(key));
    const vouched =
      // pos-js lists "Trump" only as a proper noun, but also "Pledge" and "Joint" (from headlines): not in headings.
      !isCommonWord(key) || seenCapital.has(key) || acronym || isCamelCase(t) || (isProperNoun(key) && !heading[i]) ||
      (isFirstName(key) && i + 1 < n && cap[i + 1] === 1) || lookupPlace(key) !== undefined || isKnownOrg(key) || isDemonym(key);
    if (vouched && !CONNECTOR_WORDS.has(key)) hard[i] = 1;
    else soft[i] = 1;
  }
  // Both sets are rarely asked for: built on first use.
  let alone: Set<string> | null = null;
  const isAlone = (key: string): boolean => {
    if (alone === null) {
      alone = new Set<string>();
      for (let i = 0; i < n; i++) {
        if (hard[i] && !cap[i - 1] && !cap[i + 1] && !(tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-')) alone.add(keys[i]!);
      }
    }
    return alone.has(key);
  };
  let counted: Set<string> | null = null;
  const isCounted = (key: string): boolean => {
    if (counted === null) {
      counted = new Set<string>();
      for (let i = 1; i < n; i++) {
        // Not a score: "Federer 6-4 Nadal", "Sweden 1 – 0 Korea" count no Nadals.
        if (hard[i] && tokens[i - 1]!.kind === 'number' && !cap[i + 1] && !isYear(tokens[i - 1]!.text) && !isScoreEnd(tokens, i - 1)) {
          const k = keys[i]!;
          counted.add(k);
          // "100 Polaroids" counts the singular "Warhol Polaroid" too.
          if (k.length > 3 && k.endsWith('s')) counted.add(k.slice(0, -1));
        }
      }
    }
    return counted.has(key);
  };
  return { text, tokens, keys, cap, initial, heading, hard, soft, glued, isAlone, isCounted };
}

const isYear = (t: string): boolean => /^(?:1[5-9]|20)\d\d$/.test(t);
const DASH_TOKENS = new Set(['-', '–', '—']);
/** The number at i ends a score or a range: "6-4", "1 – 0". */
const isScoreEnd = (tokens: readonly Token[], i: number): boolean => /\d[-–—]\d/.test(tokens[i]!.text) || DASH_TOKENS.has(tokens[i - 1]?.text ?? '');

const DESCRIPTOR_COMPOUND = /^\p{Lu}\p{Ll}*-(\p{Ll}{4,})$/u;
/** English prefixes that make an adjective of a name: "Pro-Beijing", "Anti-Trump", "Pan-African", "Ex-Soviet". */
const NAME_PREFIX_COMPOUND = /^(?:Pro|Anti|Pan|Neo|Non|Ex|Post|Pre|Un|Semi|Multi|Inter|Trans|Counter|Ultra)-\p{L}/u;

/** "Pan-democrat", "Anti-war", "Pro-Beijing": one token, a capitalised prefix, a hyphen and a word. */
function isDescriptorCompound(t: string): boolean {
  if (t.indexOf('-') < 0) return false;
  if (NAME_PREFIX_COMPOUND.test(t)) return true;
  const m = DESCRIPTOR_COMPOUND.exec(t);
  return m !== null && isCommonWord(m[1]!);
}

const SENTENCE_END = /[.!?]$/;
const CLOSING_QUOTE = /^[”"’']$/;
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'as', 'from', 'into', 'vs', 'via', 'is']);

/** A paragraph of at most 20 words, without a final stop, whose longer words are nearly all capitalised. */
function markHeading(tokens: readonly Token[], keys: string[], cap: Uint8Array, start: number, end: number, out: Uint8Array): void {
  if (end - start > 200) return;
  const first = lowerBound(tokens, start);
  let last = first;
  while (last < tokens.length && tokens[last]!.end <= end) last++;
  if (last - first < 2) return;
  const words: number[] = [];
  for (let i = first; i < last; i++) if (tokens[i]!.kind === 'word') words.push(i);
  if (words.length < 2 || words.length > 20) return;
  // A heading may end with a quote mark, not with a full stop (also not one inside the quote).
  const lastText = tokens[last - 1]!.text;
  const beforeQuote = CLOSING_QUOTE.test(lastText) && last - 2 >= first ? tokens[last - 2]!.text : lastText;
  if (SENTENCE_END.test(beforeQuote)) return;
  let content = 0;
  let capitalised = 0;
  for (const i of words) {
    if (MINOR_WORDS.has(keys[i]!)) continue;
    content++;
    if (cap[i]) capitalised++;
  }
  if (content >= 2 && capitalised / content >= 0.75) out.fill(1, first, last);
}

function lowerBound(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
