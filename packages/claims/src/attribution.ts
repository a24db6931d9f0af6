/**
 * Direct quotes as claims, with the cue and speaker that attribute them:
 *   after the quote   "…,” Trump told Peña Nieto" / "…,” said Rubio" / "…,” is the gist of the president's reply"
 *   before the quote  "…, Sergio Alcocer, told reporters, “…”" / "As Mexicans say, “…”" / "speaking of the “…”"
 *   run-on quotes     "“…,” Trump told Peña Nieto. “You aren't doing enough…”" (same speaker)
 * Scare quotes and titles are dropped: fewer than four words unless the quote is a whole turn of
 * speech with its own attribution ("“No, President Trump,” Sheinbaum stated"), and Title Case or
 * "titled …" quotes without an attribution. Quotes inside a reported clause belong to that claim.
 */
import { CLAUSE_REACH, firstAtOrAfter, isGerund, isQuoteMark, sentenceStartTok, tokenAt, type Ctx } from './context.js';
import { cueAt, isNegated, type CueMatch } from './cues.js';
import { POSSESSIVE_PRONOUNS, TITLE_INTRODUCERS } from './lexicon/roles.js';
import { QUOTE_NOUNS } from './lexicon/verbs.js';
import { headOf, isFiniteVerb, npLeft, npRight, type TokRange } from './phrases.js';
import type { RawClaim } from './reported.js';
import { headIsName, scopeStart, type SpeakerRef, type Subjects } from './subjects.js';

interface Attribution {
  cue: CueMatch | null;
  speaker: SpeakerRef | null;
  /** The attribution touches the quote: ", she said" / "told reporters, “". */
  direct: boolean;
  /** Last token of the attribution, for run-on quotes. */
  lastTok: number;
}

/** The last quote claim met, and where its attribution ends, for quotes that run on. */
interface LastQuote {
  claim: RawClaim;
  para: number;
  lastTok: number;
  /** The quote opened its sentence. */
  turn: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const MIN_WORDS = 4;

export function attributeQuotes(ctx: Ctx, subjects: Subjects, reported: readonly RawClaim[]): RawClaim[] {
  const out: RawClaim[] = [];
  const accepted = new Map<number, RawClaim>();
  // The last quote claim met and the token where its attribution ends, for quotes that run on.
  let last: LastQuote | null = null;
  // Reported claims in text order: a quote right after one continues it ("Heald noted the
  // findings show …. “An air-quality cleanup would improve crop yields …”").
  const byEnd = [...reported].sort((a, b) => a.end - b.end);
  let nextReported = 0;
  const insideReported = containment(reported);
  ctx.quotes.forEach((q, qi) => {
    while (nextReported < byEnd.length && byEnd[nextReported]!.end <= q.open) {
      const r = byEnd[nextReported++]!;
      const endTok = tokenAt(ctx.tokens, r.end - 1);
      if (!last || endTok > last.lastTok) last = { claim: r, para: ctx.para[endTok]!, lastTok: endTok, turn: true };
    }
    const openTok = ctx.quoteOpenTok[qi]!;
    if (q.open < ctx.bodyStart || openTok < 0) return;
    if (q.parent >= 0 && !accepted.has(q.parent)) return;
    const qEnd = q.closed ? q.close + 1 : q.end;
    if (insideReported(q.open, qEnd)) return;

    const words = wordCount(ctx, qi);
    const startsTurn = opensSentence(ctx, openTok);
    // A short quote inside a sentence is a scare quote or a label: no need to look for its source.
    if (words < MIN_WORDS && !startsTurn) return;
    let att = q.closed ? after(ctx, subjects, qi) : null;
    att ??= before(ctx, subjects, qi);
    const para = ctx.para[openTok]!;
    if (!att && !q.closed) return;
    // Titles are short; a long quote without a direct attribution is still speech.
    if ((!att || !att.direct) && words <= 12) {
      if (titleLike(ctx.text.slice(q.start, q.end)) || introducedAsTitle(ctx, openTok)) return;
    }
    if (words < MIN_WORDS && !att?.direct) return;

    let claim: RawClaim;
    const closeTok = ctx.quoteCloseTok[qi]!;
    if (att) claim = { kind: 'quote', start: q.start, end: q.end, cue: att.cue, speaker: att.speaker };
    else if (last && startsTurn && continues(ctx, last, openTok)) {
      // The cue carries over within a paragraph of quotes ("“Q1,” X said. “Q2”"); a quote after a
      // reported statement or in a new paragraph has no reporting verb of its own.
      const cue = last.claim.kind === 'quote' && last.para === para ? last.claim.cue : null;
      claim = { kind: 'quote', start: q.start, end: q.end, cue, speaker: null, sameAs: last.claim.sameAs ?? last.claim };
    } else claim = { kind: 'quote', start: q.start, end: q.end, cue: null, speaker: null };
    // "“I told him, ‘You have my support,’ …,” Ruiz said": "I" is whoever speaks the outer quote.
    if (q.parent >= 0 && claim.speaker && isFirstPerson(ctx, claim.speaker.np)) claim.voice = accepted.get(q.parent);
    accepted.set(qi, claim);
    out.push(claim);
    if (q.parent < 0) last = { claim, para, lastTok: Math.max(att?.lastTok ?? -1, closeTok, openTok), turn: startsTurn };
  });
  return out;
}

/**
 * A test for "some claim holds the span [start, end)": the claims by start, with the farthest end
 * reached so far, so each quote costs a binary search instead of a pass over every claim.
 */
function containment(claims: readonly RawClaim[]): (start: number, end: number) => boolean {
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let far = -1;
  for (const c of byStart) reach.push((far = Math.max(far, c.end)));
  return (start, end) => {
    // The claims that start at or before `start` (offsets are whole numbers).
    const n = firstAtOrAfter(byStart.length, (i) => byStart[i]!.start, start + 1);
    return n > 0 && reach[n - 1]! >= end;
  };
}

/** "…,” Trump told" / "…,” said Rubio" / "…,” according to X" / "…,” is the gist of the Mexican president’s reply". */
function after(ctx: Ctx, subjects: Subjects, qi: number): Attribution | null {
  const tokens = ctx.tokens;
  const closeTok = ctx.quoteCloseTok[qi]!;
  if (closeTok < 0) return null;
  const hi = attributionWindowEnd(ctx, closeTok);
  let t = closeTok + 1;
  if (tokens[t]?.text === ',') t++;
  if (t >= hi) return null;
  // An epigraph's byline: "“So far, it's the Internet: 1, Scientology: 0.” - Matthew Ingram".
  if (/^[-–—]+$/.test(tokens[t]!.text) && t + 1 < hi) {
    const who = npRight(ctx, t + 1, hi, 'plain');
    if (who && headIsName(ctx, who) && (who.end >= hi || tokens[who.end]!.pos === 'PUNCT')) return { cue: null, speaker: { np: who }, direct: true, lastTok: who.end - 1 };
  }
  // "…so much tragedy.” He added that …": a quote that ends its sentence is not attributed by the next one.
  const q = ctx.quotes[qi]!;
  if (ctx.text[q.end - 1] === '.' && tokens[t]!.sentence !== tokens[closeTok]!.sentence) return null;
  // Inverted: "said Rubio", "according to the excerpt".
  // A participle right after a quote ("…”, highlighting …") hangs off the clause before the quote.
  // ("according to" is no participle: "“It passed every test,” according to Dr Ruth Bello").
  let c = isGerund(tokens[t]!) && tokens[t]!.lower !== 'according' ? null : cueAt(ctx, t);
  if (c && !isNegated(tokens, t)) {
    if (c.according) {
      // ("according to engineer Priya Das": a title before the name is part of the phrase)
      const np = npRight(ctx, c.end, hi, 'plain') ?? npRight(ctx, c.end, hi, 'short');
      return np ? { cue: c, speaker: { np }, direct: true, lastTok: np.end - 1 } : null;
    }
    const s = subjects.of(c);
    if (s) return { cue: c, speaker: s, direct: true, lastTok: Math.max(c.end, s.np.end) - 1 };
  }
  // Subject first: "Trump told", "the Republican leader boasted", "she said at the time".
  const np = npRight(ctx, t, hi);
  if (np) {
    let m = np.end;
    // "…,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said.
    if (tokens[m]?.text === ',') {
      let c2 = m + 1;
      while (c2 < hi && c2 < m + 14 && tokens[c2]!.text !== ',') c2++;
      if (c2 < hi && tokens[c2]!.text === ',') m = c2 + 1;
    }
    while (m < hi && (tokens[m]!.pos === 'ADV' || tokens[m]!.pos === 'AUX')) m++;
    c = m < hi ? cueAt(ctx, m) : null;
    if (c && !c.according && !isNegated(tokens, m)) {
      const s = m > np.end + 1 && tokens[np.end]?.text === ',' ? namedOfApposition(ctx, np, np.end + 1, m - 1) : (subjects.of(c) ?? { np });
      return { cue: c, speaker: s, direct: true, lastTok: c.end - 1 };
    }
    // An attribution verb the table does not list: "“…,” Trump fumed."
    const v = tokens[m];
    const closing = tokens[m + 1];
    if (v && m < hi && v.pos === 'VERB' && (m + 1 >= hi || closing!.pos === 'PUNCT' || closing!.pos === 'ADP') && /[,?!…—]/.test(ctx.text[ctx.quotes[qi]!.end - 1] ?? '')) {
      return { cue: { first: m, end: m + 1, lemma: v.lower, complement: 'quote', entry: null, according: false }, speaker: { np }, direct: true, lastTok: m };
    }
  }
  // A speech noun with a possessor: "is the gist of the Mexican president’s reply".
  for (let k = t; k < hi && k < t + 12; k++) {
    const lemma = QUOTE_NOUNS.get(tokens[k]!.lower);
    if (!lemma) continue;
    const p = tokens[k - 1]!;
    let owner: SpeakerRef | null = null;
    if (/^(?:'s|’s)$/.test(p.lower)) {
      const np2 = npLeft(ctx, k - 1, t, false, false);
      if (np2) owner = { np: np2 };
    } else if (POSSESSIVE_PRONOUNS.has(p.lower)) owner = { np: { first: k - 1, end: k } };
    if (owner) return { cue: { first: k, end: k + 1, lemma, complement: 'quote', entry: null, according: false }, speaker: owner, direct: true, lastTok: k };
  }
  return null;
}

/** "the report’s author, economist Maria Chen," → the named one of a phrase and its appositive. */
function namedOfApposition(ctx: Ctx, np: TokRange, from: number, comma: number): SpeakerRef {
  const appositive = npRight(ctx, from, comma);
  if (appositive && appositive.end === comma && headIsName(ctx, appositive) && !headIsName(ctx, np)) return { np: appositive };
  return { np };
}

/** The nearest cue before the quote in its sentence: "told reporters, “…”", "speaking of the “…”". */
function before(ctx: Ctx, subjects: Subjects, qi: number): Attribution | null {
  const tokens = ctx.tokens;
  const openTok = ctx.quoteOpenTok[qi]!;
  const level = ctx.quoteOf[openTok]!;
  let lo = scopeStart(ctx, openTok);
  let end = openTok;
  // "US President Barack Obama tweeted using his @POTUS account:" ⏎ "“Cool clock, Ahmed …”":
  // a paragraph that ends in a colon or comma introduces the quote that opens the next one.
  const prev = tokens[openTok - 1];
  // (wink may glue the colon to a bracket: "((it)):").
  if (level < 0 && prev && ctx.para[openTok - 1] !== ctx.para[openTok] && /[:,]$/.test(prev.text)) {
    // A colon announces the quote from anywhere in its sentence; before a comma only a short
    // attribution ends the paragraph ("Rathbun stated,"), not a sentence cut off mid-way.
    lo = prev.text.endsWith(':') ? scopeStart(ctx, openTok - 1) : Math.max(scopeStart(ctx, openTok - 1), openTok - 12);
    end = openTok - 1;
  }
  for (let k = end - 1; k >= lo; k--) {
    if (ctx.quoteOf[k]! !== level || isQuoteMark(tokens[k]!)) continue;
    const c = cueAt(ctx, k);
    if (!c || isNegated(tokens, k)) continue;
    const direct = end - c.end <= 4 && /^[,:]$/.test(tokens[openTok - 1]!.text);
    if (c.according) {
      const np = npRight(ctx, c.end, openTok, 'short');
      if (np) return { cue: c, speaker: { np }, direct, lastTok: openTok };
      continue;
    }
    const s = subjects.of(c);
    if (s) return { cue: c, speaker: s, direct, lastTok: openTok };
  }
  return colonIntroduced(ctx, openTok, lo);
}

/**
 * "Brandt put it bluntly: “…”", "The minister was in no doubt: “…”": a sentence whose subject is a name
 * or a personal pronoun and that ends in a colon right before the quote introduces its speaker, with
 * no reporting verb of its own (cue null).
 */
function colonIntroduced(ctx: Ctx, openTok: number, lo: number): Attribution | null {
  const tokens = ctx.tokens;
  if (tokens[openTok - 1]?.text !== ':' || ctx.quoteOf[openTok - 1]! >= 0) return null;
  const np = npRight(ctx, lo, openTok - 1, 'plain');
  if (!np || np.first !== lo) return null;
  const head = tokens[headOf(ctx, np)]!;
  const pronoun = np.end - np.first === 1 && (head.lower === 'he' || head.lower === 'she');
  if (!pronoun && !headIsName(ctx, np)) return null;
  let k = np.end;
  while (k < openTok - 1 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k++;
  if (!isFiniteVerb(ctx, k)) return null;
  // Not a list or a title announced by the colon: the clause before it stays short.
  if (openTok - 1 - k > 6) return null;
  return { cue: null, speaker: { np }, direct: true, lastTok: openTok };
}

/** Tokens after a closing mark that may hold its attribution: up to the sentence's end or the next quote. */
function attributionWindowEnd(ctx: Ctx, closeTok: number): number {
  const tokens = ctx.tokens;
  const para = ctx.para[closeTok]!;
  let k = closeTok + 1;
  const limit = Math.min(tokens.length, closeTok + CLAUSE_REACH);
  while (k < limit && ctx.para[k] === para && !ctx.openTok.has(k) && !/^[.!?]$/.test(tokens[k]!.text)) k++;
  return k;
}

/** The opening mark starts its sentence, or follows a colon. */
function opensSentence(ctx: Ctx, openTok: number): boolean {
  const s = ctx.sentences[ctx.tokens[openTok]!.sentence]!;
  if (s.firstToken === openTok) return true;
  const prev = ctx.tokens[openTok - 1]!;
  return prev.text === ':' || /[.!?]$/.test(prev.text) || (isQuoteMark(prev) && ctx.closeTok.has(openTok - 1));
}

/**
 * A quote continues the previous one when it opens in the sentence right after that quote's
 * attribution, or opens the next paragraph right after a paragraph that ended with it
 * ("…,” said Ambassador Mohib. ⏎ “They represent our aspirations …”): news copy gives a
 * speaker's next paragraph of quotes without repeating the attribution.
 */
function continues(ctx: Ctx, last: LastQuote, openTok: number): boolean {
  const a = ctx.tokens[last.lastTok]!.sentence;
  const b = ctx.tokens[openTok]!.sentence;
  const para = ctx.para[openTok]!;
  if (last.para === para) return b - a <= 1;
  const paraStart = ctx.paragraphs[para]!.start;
  // Only a whole turn of speech carries over, not a phrase quoted inside a sentence.
  return last.turn && last.para === para - 1 && b - a === 1 && ctx.tokens[openTok]!.start === paraStart && ctx.para[last.lastTok] === para - 1;
}

/** Words in the quote: tokens bound the count ("don’t" is two tokens, one word), the text settles the close cases. */
function wordCount(ctx: Ctx, qi: number): number {
  const q = ctx.quotes[qi]!;
  let n = 0;
  for (let k = ctx.quoteOpenTok[qi]! + 1; k < ctx.tokens.length && ctx.tokens[k]!.end <= q.end; k++) if (ctx.tokens[k]!.pos !== 'PUNCT') n++;
  if (n < MIN_WORDS || n >= 2 * MIN_WORDS) return n;
  return ctx.text.slice(q.start, q.end).match(WORD)?.length ?? 0;
}

function isFirstPerson(ctx: Ctx, np: { first: number; end: number }): boolean {
  return np.end - np.first === 1 && /^(?:i|we)$/.test(ctx.tokens[np.first]!.lower);
}

/** "The Art of the Deal", "Make America Great Again": every longer word capitalized. */
function titleLike(content: string): boolean {
  const words = content.match(WORD) ?? [];
  if (words.length < 2) return false;
  // At least two capitals: "That is a big if." is a sentence of short words, not a title.
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals >= 2 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && w.length <= 3));
}

/**
 * "a report titled “…”", "the slogan “…”", "dubbed the ongoing conflict …: “…”": a naming word
 * before the quote in its sentence, with no reporting cue between them.
 */
function introducedAsTitle(ctx: Ctx, openTok: number): boolean {
  const lo = sentenceStartTok(ctx, openTok);
  for (let k = openTok - 1; k >= lo; k--) {
    const t = ctx.tokens[k]!;
    if (TITLE_INTRODUCERS.has(t.lower)) return true;
    if (cueAt(ctx, k) || ctx.closeTok.has(k)) return false;
  }
  return false;
}
