/**
 * Reported speech: a reporting cue with an explicit source and the clause it reports.
 *   "X said (that) …", "X told Reuters that …", "Reuters reported on Tuesday that …"
 *   "…, said Christopher Wilson, deputy director …" / "…, the Trump administration has said."
 *   "So everyone who arrives in Mexico, by plane, he explained, is run through …" (parenthetical)
 *   "According to X, …" / "…, according to X." / "…, as the DEA has proposed, according to The Washington Post, …"
 *   "Trump's bald-faced lie that …" (a speech noun with a possessor)
 * The content is the complement clause only: no "that", no sentence-final period.
 */
import { isGerund, isQuoteMark, sentenceEndTok, sentenceStartTok, type Ctx } from './context.js';
import { cueAt, isNegated, type CueMatch } from './cues.js';
import { CONNECTIVES, DOCUMENT_NOUNS, FRONTING_SUBORDINATORS, POSSESSIVE_PRONOUNS, ROLE_NOUNS } from './lexicon/roles.js';
import { CLAUSE_NOUNS } from './lexicon/verbs.js';
import { clauseStartsAt, headOf, isFiniteVerb, isNameTok, npLeft, npRight, skipAdverbialsRight, type TokRange } from './phrases.js';
import { agentIn, type SpeakerRef, type Subjects } from './subjects.js';

/** A claim before its speaker is resolved to a name. */
export interface RawClaim {
  kind: 'quote' | 'reported';
  /** Character offsets of the content. */
  start: number;
  end: number;
  cue: CueMatch | null;
  speaker: SpeakerRef | null;
  /** A quote that runs on from an earlier one takes its speaker. */
  sameAs?: RawClaim;
  /** The claim whose speaker "I" or "we" is: a quote nested in that claim's quote ("I told him, ‘…’"). */
  voice?: RawClaim;
}

export function reportedClaims(ctx: Ctx, subjects: Subjects): RawClaim[] {
  const out: RawClaim[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    // Cues and speech nouns are verbs, nouns, or verbs wink mistagged as adjectives.
    const pos = tokens[i]!.pos;
    if ((pos !== 'VERB' && pos !== 'NOUN' && pos !== 'AUX' && pos !== 'ADJ') || ctx.quoteOf[i]! >= 0 || tokens[i]!.start < ctx.bodyStart) continue;
    const nounClaim = speechNounClaim(ctx, i);
    if (nounClaim) {
      out.push(nounClaim);
      continue;
    }
    const cue = cueAt(ctx, i);
    if (!cue || cue.complement === 'quote' || isNegated(tokens, i)) continue;
    const claim = cue.according ? accordingTo(ctx, cue) : verbClaim(ctx, cue, subjects);
    if (claim) out.push(claim);
    i = cue.end - 1;
  }
  return out;
}

function toClaim(ctx: Ctx, first: number, end: number, cue: CueMatch, speaker: SpeakerRef): RawClaim | null {
  // "The poster wrote that “Prompted … on the internet. An insurgency …”": a quote that opens the
  // clause runs to its closing mark, even past the sentence end.
  const q = ctx.openTok.get(first);
  if (q !== undefined && ctx.quoteCloseTok[q]! >= end) end = ctx.quoteCloseTok[q]! + 1;
  const range = trimContent(ctx, first, end);
  if (!range) return null;
  return { kind: 'reported', start: ctx.tokens[range.first]!.start, end: ctx.tokens[range.end - 1]!.end, cue, speaker };
}

function verbClaim(ctx: Ctx, cue: CueMatch, subjects: Subjects): RawClaim | null {
  const lo = sentenceStartTok(ctx, cue.first);
  const hi = sentenceEndTok(ctx, cue.first);
  const start = complementStart(ctx, cue, hi);
  if (start >= 0) {
    const speaker = subjects.of(cue);
    if (!speaker || (cue.entry?.evidential && !canGiveEvidence(ctx, speaker))) return null;
    return toClaim(ctx, start, contentEnd(ctx, start, hi, cue.first), cue, speaker);
  }
  return contentBefore(ctx, cue, lo, hi, subjects);
}

/**
 * Where the reported clause starts after the cue, or -1: after a hearer ("told Reuters"),
 * adverbials ("on Tuesday", "in particular"), a parenthetical attribution
 * ("insisting, as The Washington Post reported at the time, it was …") and "that".
 */
function complementStart(ctx: Ctx, cue: CueMatch, hi: number): number {
  const tokens = ctx.tokens;
  const entry = cue.entry;
  let k = cue.end;
  if (entry?.object && k < hi && tokens[k]!.lower !== 'that') {
    const obj = npRight(ctx, k, hi, entry.of ? 'plain' : 'short');
    if (obj) {
      const after = skipAdverbialsRight(ctx, obj.end, hi);
      if (entry.of && tokens[after]?.lower === 'of') return after + 1 < hi ? after + 1 : -1;
      if (tokens[after]?.lower === 'that' || clauseStartsAt(ctx, after, hi)) k = obj.end;
    }
  }
  // "She cautioned, however, that …": an adverb set off by commas.
  if (tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'ADV' && tokens[k + 2]?.text === ',') k += 3;
  k = skipAdverbialsRight(ctx, k, hi);
  // "told reporters at a school that has been turned into …": a "that" right after the noun of a
  // prepositional phrase and right before a verb is that noun's relative pronoun, not the start of what was said.
  if (tokens[k]?.lower === 'that' && tokens[k - 1]!.pos === 'NOUN' && (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB') && prepositionIn(ctx, cue.end, k)) return -1;
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'as') {
    const close = parentheticalAttributionEnd(ctx, k + 1, hi);
    if (close > 0) k = close + 1;
  }
  if (k >= hi) return -1;
  if (tokens[k]!.lower === 'that') {
    let s = k + 1;
    if (tokens[s]?.text === ',') s++;
    return s < hi ? s : -1;
  }
  if (cue.complement === 'bare' && clauseStartsAt(ctx, k, hi)) return k;
  if (entry?.np && tokens[k]!.pos !== 'PRON') {
    // "denied the veracity of …" carries content; "denied these allegations" only points at someone else's.
    const np = npRight(ctx, k, hi);
    if (np && !SPEECH_OBJECTS.has(tokens[headOf(ctx, np)]!.lower)) return k;
  }
  return -1;
}

function prepositionIn(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.pos === 'ADP') return true;
  return false;
}

/** Objects that name words without giving them: "denied the allegations", "confirmed the reports". */
const SPEECH_OBJECTS = new Set([
  'allegation', 'allegations', 'claim', 'claims', 'report', 'reports', 'accusation', 'accusations', 'charge', 'charges',
  'statement', 'statements', 'rumor', 'rumors', 'rumour', 'rumours', 'story', 'stories', 'remarks', 'comments', 'it', 'this', 'that',
]);

/** ", as X reported at the time," → index of the closing comma, or -1. */
function parentheticalAttributionEnd(ctx: Ctx, asTok: number, hi: number): number {
  const tokens = ctx.tokens;
  let sawCue = false;
  for (let m = asTok + 1; m < hi && m < asTok + 14; m++) {
    if (tokens[m]!.text === ',') return sawCue ? m : -1;
    if (cueAt(ctx, m)) sawCue = true;
  }
  return -1;
}

/**
 * Content that stands before its cue: "…, said Wilson." (inverted), "…, the Trump
 * administration has said." (trailing), "A, he explained, B." (parenthetical, content A…B).
 */
function contentBefore(ctx: Ctx, cue: CueMatch, lo: number, hi: number, subjects: Subjects): RawClaim | null {
  const tokens = ctx.tokens;
  const i = cue.first;
  let sep: number;
  let speaker: SpeakerRef | null;
  let after: number;
  // A participle after a comma ("…, highlighting the importance of …") hangs off what came before.
  if (isGerund(tokens[i]!)) return null;
  // "…, said Wilson" (inverted); with no phrase after the cue, the subject stands before it between commas
  // ("…, its director, Dr. Pavel Simic, said.").
  const inverted = isSeparator(ctx, i - 1) ? npRight(ctx, cue.end, hi) : null;
  if (inverted) {
    sep = i - 1;
    speaker = { np: inverted };
    after = inverted.end;
  } else {
    const left = subjects.left(i, lo);
    if (!left || left === 'coordinated') return null;
    speaker = left;
    after = cue.end;
    // "…, two sources familiar with the plan told Reuters."
    const hearer = cue.entry?.object ? npRight(ctx, after, hi) : null;
    if (hearer) after = hearer.end;
    const before = tokens[left.np.first - 1];
    if (before?.lower === 'as') return asParenthetical(ctx, cue, left, left.np.first - 1, lo, hi);
    if (!isSeparator(ctx, left.np.first - 1)) return null;
    sep = left.np.first - 1;
    // "…, its director, Dr. Pavel Simic, said": the role before the name belongs to the attribution.
    if (tokens[sep]!.text === ',') {
      let p = sep - 1;
      while (p > lo && tokens[p]!.text !== ',' && p > sep - 8) p--;
      const role = tokens[p]!.text === ',' ? npLeft(ctx, sep, p + 1) : null;
      if (role && role.first === p + 1 && role.end - role.first > 1 && ROLE_NOUNS.has(tokens[headOf(ctx, role)]!.lower)) sep = p;
    }
  }
  after = skipAdverbialsRight(ctx, after, hi);
  // The content ends before the comma, or after a closing mark that holds it (“…,” the statement said).
  const quoted = ctx.closeTok.get(tokens[sep]!.text === ',' ? sep - 1 : sep);
  const end = tokens[sep]!.text === ',' ? sep : sep + 1;
  const first = openingTok(ctx, lo, sep);
  if (first >= sep || !hasFiniteVerb(ctx, first, sep)) return null;
  // "Asked whether the collapse could have been prevented, Bello said: …": a fronted participle clause
  // is the circumstance of the attribution, not what was said.
  if (first === lo && tokens[first]!.pos === 'VERB' && /(?:ed|ing)$/.test(tokens[first]!.lower)) return null;
  // A quote right before the attribution belongs to the quote rules, unless the sentence only ends
  // with it ("Sullivan … discussed “progress on NATO accession”, the White House said").
  if (ctx.openTok.has(first) || (tokens[sep]!.text === ',' && ctx.quoteOf[sep - 1]! >= 0)) return null;
  if (quoted !== undefined && ctx.quoteOpenTok[quoted]! <= first) return null;
  const next = tokens[after];
  // "…, the official said on condition of anonymity because he was not authorized to speak."
  const reason = next && (next.pos === 'SCONJ' || next.lower === 'because');
  if (after >= hi || reason || (next!.pos === 'PUNCT' && next!.text !== ',')) return toClaim(ctx, first, end, cue, speaker);
  if (next!.text !== ',') return null;
  const n = after + 1;
  const nt = tokens[n];
  // "A, he explained, is run through …": the predicate goes on after the attribution.
  if (nt && n < hi && isFiniteVerb(ctx, n) && !isGerund(nt)) return toClaim(ctx, first, contentEnd(ctx, n, hi, i), cue, speaker);
  return toClaim(ctx, first, end, cue, speaker);
}

/** A comma, or a closing quotation mark with a comma inside it ("…Mediterranean,” the statement said). */
function isSeparator(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (t.text === ',') return true;
  const q = ctx.closeTok.get(k);
  return q !== undefined && ctx.text[ctx.quotes[q]!.end - 1] === ',';
}

/** ", as The Washington Post reported at the time, it was …" or "…, as Reuters reported." */
function asParenthetical(ctx: Ctx, cue: CueMatch, speaker: SpeakerRef, asTok: number, lo: number, hi: number): RawClaim | null {
  const tokens = ctx.tokens;
  // "As Heald told The Huffington Post, US surface ozone has dropped …"
  const hearer = cue.entry?.object ? npRight(ctx, cue.end, hi) : null;
  const after = skipAdverbialsRight(ctx, hearer ? hearer.end : cue.end, hi);
  if (after >= hi || (tokens[after]!.pos === 'PUNCT' && tokens[after]!.text !== ',')) {
    if (tokens[asTok - 1]?.text !== ',') return null;
    const first = openingTok(ctx, lo, asTok - 1);
    if (first >= asTok - 1 || !hasFiniteVerb(ctx, first, asTok - 1) || ctx.openTok.has(first)) return null;
    return toClaim(ctx, first, asTok - 1, cue, speaker);
  }
  if (tokens[after]!.text !== ',' || !clauseStartsAt(ctx, after + 1, hi)) return null;
  // "As Heald told …, X" opens the sentence: the content is the main clause after it.
  return toClaim(ctx, after + 1, contentEnd(ctx, after + 1, hi, cue.first), cue, speaker);
}

/**
 * "According to X, …" (content after), "…, according to X." (content before) and
 * "…, as the DEA has proposed, according to The Washington Post, …" (the clause before).
 * A document speaks for the agent that released it: "According to a short excerpt …, leaked by
 * an anonymous White House official, …".
 */
function accordingTo(ctx: Ctx, cue: CueMatch): RawClaim | null {
  const tokens = ctx.tokens;
  const lo = sentenceStartTok(ctx, cue.first);
  const hi = sentenceEndTok(ctx, cue.first);
  // ("according to figures presented by …": wink tags "figures" a verb; a document noun is a source whatever its tag)
  let np = npRight(ctx, cue.end, hi, 'long') ?? shortPhrase(ctx, cue.end, hi) ?? (DOCUMENT_NOUNS.has(tokens[cue.end]?.lower ?? '') ? { first: cue.end, end: cue.end + 1 } : null);
  if (!np) return null;
  // "According to a report by the National Institute of Public Health, …": the document's author
  // belongs to the source (the resolver reads "a report by X" as X).
  while (/^(?:by|from)$/.test(tokens[np.end]?.lower ?? '') && DOCUMENT_NOUNS.has(tokens[headOf(ctx, np)]!.lower)) {
    const by = npRight(ctx, np.end + 1, hi, 'long');
    if (!by) break;
    np = { first: np.first, end: by.end };
  }
  let srcEnd = np.end;
  let agent: TokRange | null = null;
  let appositive: TokRange | null = null;
  // Where the content starts when a fronted phrase opens it ("…, in their first matchup, the robot scored …").
  let contentFrom = -1;
  // "an Internet posting made just over 24 hours ago, …": a participle straight after the source
  // (a finite verb cannot follow it: the content needs a subject of its own).
  if (tokens[srcEnd]?.pos === 'VERB') {
    let m = srcEnd;
    while (m < hi && tokens[m]!.text !== ',') m++;
    agent = agentIn(ctx, srcEnd, m);
    srcEnd = m;
  }
  // Comma-set tails of the source: ", leaked by an anonymous White House official,",
  // ", Alireza Mehraban,", ", in their first matchup,". The first chunk that is a clause is the content.
  while (tokens[srcEnd]?.text === ',' && srcEnd + 1 < hi) {
    const n = srcEnd + 1;
    if (tokens[n]!.lower === 'that' || clauseStartsAt(ctx, n, hi)) break;
    let m = n;
    while (m < hi && tokens[m]!.text !== ',') m++;
    if (m >= hi) break;
    const t = tokens[n]!;
    if ((t.pos === 'ADP' || t.pos === 'ADV') && clauseStartsAt(ctx, m + 1, hi)) {
      contentFrom = n;
      break;
    }
    if (t.pos === 'VERB') agent = agentIn(ctx, n, m) ?? agent;
    else if (t.pos !== 'ADP' && t.pos !== 'ADV') {
      const a = npRight(ctx, n, m);
      if (!a || a.end !== m) break;
      appositive ??= a;
    }
    srcEnd = m;
  }
  const head = headOf(ctx, np);
  const sourceNp =
    agent && DOCUMENT_NOUNS.has(tokens[head]!.lower) ? agent
    : appositive && !isNameTok(ctx, head) && isNameTok(ctx, headOf(ctx, appositive)) ? appositive
    : shortSource(ctx, np);
  const speaker: SpeakerRef = { np: sourceNp };
  const first = openingTok(ctx, lo, cue.first);
  // Before the clause: "According to X, …", or "… has learned that according to X, …".
  if (first >= cue.first || tokens[cue.first - 1]!.lower === 'that') {
    if (contentFrom >= 0) return toClaim(ctx, contentFrom, contentEnd(ctx, contentFrom, hi, cue.first), cue, speaker);
    let s = tokens[srcEnd]?.text === ',' ? srcEnd + 1 : srcEnd;
    if (tokens[s]?.lower === 'that') s++;
    if (!clauseStartsAt(ctx, s, hi)) return null;
    return toClaim(ctx, s, contentEnd(ctx, s, hi, cue.first), cue, speaker);
  }
  // "“…,” Trump told Peña Nieto, according to the excerpt": attributes an attribution.
  for (let k = lo; k < cue.first; k++) if (ctx.closeTok.has(k)) return null;
  const comma = cue.first - 1;
  if (tokens[comma]!.text !== ',') {
    // "… and this year the city expects about 6 million visitors according to the event website."
    const start = lastClauseStart(ctx, first, cue.first);
    return hasFiniteVerb(ctx, start, cue.first) ? toClaim(ctx, start, cue.first, cue, speaker) : null;
  }
  if (srcEnd >= hi || tokens[srcEnd]!.text !== ',') {
    if (!hasFiniteVerb(ctx, first, comma)) return null;
    return toClaim(ctx, first, comma, cue, speaker);
  }
  let pc = comma - 1;
  while (pc > first && tokens[pc]!.text !== ',') pc--;
  const chunk = tokens[pc]!.text === ',' ? pc + 1 : first;
  if (hasFiniteVerb(ctx, chunk, comma) && chunk > first) {
    // Drop the subordinator: "as the DEA has proposed" → "the DEA has proposed".
    const s = tokens[chunk]!.lower === 'as' || tokens[chunk]!.pos === 'SCONJ' ? chunk + 1 : chunk;
    return toClaim(ctx, s, comma, cue, speaker);
  }
  // "…, according to a survey by the Bureau, and premiums … have risen": a clause joined after the source
  // is the writer's own.
  if (tokens[srcEnd + 1]?.pos === 'CCONJ' && hasFiniteVerb(ctx, first, comma)) return toClaim(ctx, first, comma, cue, speaker);
  return toClaim(ctx, first, contentEnd(ctx, srcEnd + 1, hi, cue.first), cue, speaker);
}

/** Start of the last clause before `end`: after a comma or a conjunction that a new subject follows. */
function lastClauseStart(ctx: Ctx, first: number, end: number): number {
  for (let k = end - 1; k > first; k--) {
    const t = ctx.tokens[k - 1]!;
    // "… and this year the city expects …": a time phrase may open the clause.
    if ((t.text === ',' || t.text === ';' || t.pos === 'CCONJ') && clauseStartsAt(ctx, skipAdverbialsRight(ctx, k, end), end)) return k;
  }
  return first;
}

/** "According to police, …": wink tags "police" as a verb here; a few words up to the comma still name the source. */
function shortPhrase(ctx: Ctx, start: number, hi: number): TokRange | null {
  let k = start;
  while (k < hi && k < start + 6 && ctx.tokens[k]!.pos !== 'PUNCT' && ctx.tokens[k]!.lower !== 'that') k++;
  return k > start && (k >= hi || ctx.tokens[k]!.text === ',') ? { first: start, end: k } : null;
}

/** The source's head phrase without a long tail ("the excerpt given to AP" → "the excerpt"). */
function shortSource(ctx: Ctx, np: TokRange): TokRange {
  // "Afghan Ambassador to the United States Hamdullah Mohib": the name at the end is the source.
  if (isNameTok(ctx, np.end - 1) && isNameTok(ctx, np.end - 2)) return np;
  const short = npRight(ctx, np.first, np.end, 'short');
  return short ?? np;
}

/** "some estimates showed", "the investigation reveals", "Obama indicated": a source, not the author's reasoning. */
function canGiveEvidence(ctx: Ctx, speaker: SpeakerRef): boolean {
  const head = ctx.tokens[headOf(ctx, speaker.np)]!;
  if (head.pos === 'PRON') return /^(?:he|she|they|we|i|who)$/.test(head.lower);
  return isNameTok(ctx, headOf(ctx, speaker.np)) || DOCUMENT_NOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower) || HUMAN_PLURAL.test(head.lower);
}

/**
 * Plural nouns for people by trade: "the council's own consultants had estimated that …", "physicians",
 * "geologists" (not any "-ants": "His policy toward migrants, however, shows …" is the author's reasoning).
 */
const HUMAN_PLURAL = /^(?:\p{L}+(?:ists|ians)|consultants|accountants|surveyors|auditors|engineers|inspectors)$/u;

/** "Trump's bald-faced lie that …", "Trump's accusations that …". */
function speechNounClaim(ctx: Ctx, i: number): RawClaim | null {
  const tokens = ctx.tokens;
  const pos = tokens[i]!.pos;
  if (pos !== 'NOUN' && pos !== 'VERB') return null;
  const lemma = CLAUSE_NOUNS.get(tokens[i]!.lower);
  if (!lemma || tokens[i + 1]?.lower !== 'that') return null;
  const lo = sentenceStartTok(ctx, i);
  const hi = sentenceEndTok(ctx, i);
  if (!clauseStartsAt(ctx, i + 2, hi)) return null;
  let k = i - 1;
  for (let steps = 0; k >= lo && steps < 5; steps++, k--) {
    const t = tokens[k]!;
    if (/^(?:'s|’s)$/.test(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower)) break;
    if (!['ADJ', 'VERB', 'NOUN', 'ADV'].includes(t.pos) && t.text !== '-') return null;
  }
  if (k < lo) return null;
  const t = tokens[k]!;
  const np = POSSESSIVE_PRONOUNS.has(t.lower) ? { first: k, end: k + 1 } : npLeft(ctx, k, lo, false, false);
  if (!np) return null;
  const cue: CueMatch = { first: i, end: i + 1, lemma, complement: 'bare', entry: null, according: false };
  return toClaim(ctx, i + 2, contentEnd(ctx, i + 2, hi, i), cue, { np });
}

/**
 * Where the reported clause ends: the sentence end, or before a second attribution
 * (", but claimed", ", adding that", ", according to", ", as Reuters reported"), a colon that
 * opens a quote, a semicolon, or — when the cue sits in a clause put before the main one
 * ("While Trump continues to insist that …, Sheinbaum has …") — the main clause.
 */
export function contentEnd(ctx: Ctx, start: number, hi: number, cueTok: number): number {
  const tokens = ctx.tokens;
  const level = ctx.quoteOf[cueTok]!;
  const fronted = frontedClause(ctx, cueTok);
  for (let k = start; k < hi; k++) {
    const t = tokens[k]!;
    // A comma inside a closing quote ends a clause too: "… “a disgrace to this country,” and he accused …".
    const quotedComma = ctx.closeTok.has(k) && ctx.text[ctx.quotes[ctx.closeTok.get(k)!]!.end - 1] === ',';
    if (!quotedComma && (ctx.quoteOf[k]! !== level || isQuoteMark(t))) continue;
    if (t.text === ';') return k;
    if (t.text === ':' && (k + 1 >= hi || ctx.openTok.has(k + 1))) return k;
    // "They claimed Paris was a volunteer and claim she has …": a second cue of the same speaker.
    if ((t.lower === 'and' || t.lower === 'but') && k > start) {
      const c = cueAt(ctx, k + 1);
      if (c && !c.according && c.complement !== 'quote' && !isGerund(tokens[k + 1]!)) return k;
    }
    if (t.text !== ',' && !quotedComma) continue;
    const cut = quotedComma ? k + 1 : k;
    const n = k + 1;
    const nt = tokens[n];
    if (!nt || n >= hi) continue;
    const m = nt.lower === 'but' || nt.lower === 'and' || nt.lower === 'while' ? n + 1 : n;
    const c = m < hi ? cueAt(ctx, m) : null;
    if (c && c.complement !== 'quote' && (c.according || isGerund(tokens[m]!) || m > n)) return cut;
    // ", and rejected claims that …": a second verb of the speaker, not part of what was said.
    if (m > n && tokens[m]!.pos === 'VERB' && isFiniteVerb(ctx, m) && !isGerund(tokens[m]!)) return cut;
    // ", and he accused the government of …": a new clause with its own attribution.
    if (m > n) {
      const subj = npRight(ctx, m, hi);
      let v = subj ? subj.end : m;
      while (v < hi && (tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'AUX')) v++;
      if (subj && v < hi && cueAt(ctx, v)) return cut;
    }
    if (nt.lower === 'as' && parentheticalAttributionEnd(ctx, n, hi) > 0) return cut;
    // "…, the foreign ministry said on Tuesday." / "…, said the minister.": the attribution of the whole.
    if (trailingAttribution(ctx, n, hi)) return cut;
    if (fronted && !/^(?:as|which|who|that|according|where|when|including)$/.test(nt.lower) && clauseStartsAt(ctx, n, hi)) return cut;
  }
  return hi;
}

/** True when tokens from n to the sentence end are only an attribution: "the foreign ministry said on Tuesday". */
function trailingAttribution(ctx: Ctx, n: number, hi: number): boolean {
  const tokens = ctx.tokens;
  let cueTok: number;
  let after: number;
  const inverted = cueAt(ctx, n);
  if (inverted && !inverted.according && !isGerund(tokens[n]!)) {
    const np = npRight(ctx, inverted.end, hi);
    if (!np) return false;
    cueTok = n;
    after = np.end;
  } else {
    const np = npRight(ctx, n, hi);
    if (!np) return false;
    let v = np.end;
    while (v < hi && (tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'AUX')) v++;
    const c = v < hi ? cueAt(ctx, v) : null;
    if (!c || c.according) return false;
    cueTok = v;
    after = c.end;
  }
  after = skipAdverbialsRight(ctx, after, hi);
  return cueTok > n - 1 && (after >= hi || (tokens[after]!.pos === 'PUNCT' && !isQuoteMark(tokens[after]!)));
}

function frontedClause(ctx: Ctx, cueTok: number): boolean {
  const tokens = ctx.tokens;
  const s = sentenceStartTok(ctx, cueTok);
  let f = s;
  while (f < cueTok && tokens[f]!.pos === 'ADV' && !FRONTING_SUBORDINATORS.has(tokens[f]!.lower)) f++;
  if (!FRONTING_SUBORDINATORS.has(tokens[f]?.lower ?? '')) return false;
  for (let k = f; k < cueTok; k++) if (tokens[k]!.text === ',') return false;
  return true;
}

/** The first content token of a sentence, after connectives ("So", "And", "But") and their commas. */
function openingTok(ctx: Ctx, lo: number, limit: number): number {
  const tokens = ctx.tokens;
  let k = datelineEnd(ctx, lo, limit);
  while (k < limit && (CONNECTIVES.has(tokens[k]!.lower) || tokens[k]!.text === ',') && tokens[k]!.pos !== 'PRON' && tokens[k]!.pos !== 'NOUN') k++;
  return k;
}

/**
 * After a wire dateline at the start of a sentence: "JUBA, Dec 23 (Reuters) - ", "CAIRO (Reuters) - ",
 * "WASHINGTON (AP) — ", "NOUAKCHOTT : ". A dateline is a place in capitals followed, within a few
 * words, by a dash or a colon.
 */
function datelineEnd(ctx: Ctx, lo: number, limit: number): number {
  const tokens = ctx.tokens;
  const first = tokens[lo];
  if (!first || first.text.length < 3 || first.text !== first.text.toUpperCase() || !/\p{Lu}{3}/u.test(first.text)) return lo;
  for (let k = lo + 1; k < limit && k < lo + 12; k++) {
    const t = tokens[k]!;
    if (/^(?:[-–—]+|:)$/.test(t.text)) return k + 1;
    // Only places, dates and the agency's name stand before the dash ("NASA officials said:" is no dateline).
    if (/^\p{Ll}/u.test(t.text)) return lo;
  }
  return lo;
}

function hasFiniteVerb(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFiniteVerb(ctx, k)) return true;
  return false;
}

/** Drops trailing punctuation that is not inside a quote ("…the border:" → "…the border"). */
function trimContent(ctx: Ctx, first: number, end: number): TokRange | null {
  const tokens = ctx.tokens;
  while (end > first) {
    const t = tokens[end - 1]!;
    if (t.pos === 'PUNCT' && !isQuoteMark(t) && /^[.,;:—–-]+$/.test(t.text)) end--;
    else break;
  }
  return end > first ? { first, end } : null;
}
