/**
 * Finding reporting cues in the token stream: verbs from the table in lexicon/verbs.ts in any
 * inflected form, multi-word cues ("made it clear", "according to"), and their negation.
 */
import type { Token } from '@dossier/core';
import { sentenceEndTok, type Ctx } from './context.js';
import { clauseStartsAt } from './phrases.js';
import { CATENATIVES } from './lexicon/roles.js';
import { inflect, PHRASE_CUES, REPORTING_VERBS, type Complement, type VerbCue } from './lexicon/verbs.js';

export interface CueMatch {
  /** First and one-past-last token of the cue. */
  first: number;
  end: number;
  lemma: string;
  complement: Complement;
  entry: VerbCue | null;
  /** "according to X": the source follows the cue. */
  according: boolean;
}

const VERB_FORMS = new Map<string, VerbCue>();
for (const v of REPORTING_VERBS) {
  for (const f of [...inflect(v.lemma), ...(v.forms ?? [])]) if (!VERB_FORMS.has(f)) VERB_FORMS.set(f, v);
}

const PHRASE_HEADS = new Map<string, (typeof PHRASE_CUES)[number][]>();
for (const p of PHRASE_CUES) for (const h of p.heads) PHRASE_HEADS.set(h, [...(PHRASE_HEADS.get(h) ?? []), p]);

/** Every word that can start a cue: one look-up rules out most tokens. */
const CUE_STARTS = new Set<string>(['according', ...VERB_FORMS.keys(), ...PHRASE_HEADS.keys()]);

const VERB_POS = new Set(['VERB', 'AUX']);
/** Tags a cue word can carry: wink tags some verbs as nouns ("claims") or adjectives ("stressed"). */
const CUE_POS = new Set(['VERB', 'AUX', 'NOUN', 'ADJ']);

/**
 * The cue that starts at token i, if any. Part-of-speech tags decide between "claims" the verb
 * and "claims" the noun: wink tags "The Associated Press claims the leaker…" as a noun, so a
 * noun-tagged form counts when a noun phrase stands before it and "that" or a clause follows.
 */
export function cueAt(ctx: Ctx, i: number): CueMatch | null {
  // Rules peek one token past a conjunction: "… the man was there and" may end the text.
  if (i < 0 || i >= ctx.tokens.length) return null;
  const cached = ctx.cues[i];
  if (cached !== undefined) return cached;
  return (ctx.cues[i] = findCue(ctx, i));
}

function findCue(ctx: Ctx, i: number): CueMatch | null {
  const tokens = ctx.tokens;
  const t = tokens[i]!;
  if (!CUE_POS.has(t.pos) || !CUE_STARTS.has(t.lower)) return null;
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    return { first: i, end: i + 2, lemma: 'according to', complement: 'bare', entry: null, according: true };
  }
  const phrases = PHRASE_HEADS.get(t.lower);
  if (phrases) for (const p of phrases) {
    let k = i + 1;
    // "He’s also made it clear": the rest of the phrase follows the head directly.
    if (p.rest.every((w, j) => tokens[k + j]?.lower === w)) {
      k += p.rest.length;
      return { first: i, end: k, lemma: p.lemma, complement: p.complement, entry: null, according: false };
    }
  }
  const entry = VERB_FORMS.get(t.lower);
  if (!entry) return null;
  // "was not in a position to confirm …": an infinitive reports nothing, unless a verb like
  // "continues to insist" carries it.
  if (tokens[i - 1]?.lower === 'to' && !CATENATIVES.has(tokens[i - 2]?.lower ?? '')) return null;
  if (!VERB_POS.has(t.pos) && !nounTaggedVerb(ctx, i)) return null;
  return { first: i, end: i + 1, lemma: entry.lemma, complement: entry.complement, entry, according: false };
}

/**
 * A verb form wink tagged as a noun or adjective that the syntax shows is a verb: a noun phrase
 * before it, "that" or a clause after it ("The Associated Press claims the leaker …").
 */
function nounTaggedVerb(ctx: Ctx, i: number): boolean {
  const tokens = ctx.tokens;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || ctx.cap[i] === 1) return false;
  if (t.pos === 'ADJ' && !/ed$/.test(t.lower)) return false;
  // A base form ("show", "claim") is a verb after a plural subject, a comma or "and".
  if (t.pos === 'NOUN' && !/s$/.test(t.lower) && prev.text !== ',' && prev.pos !== 'CCONJ' && !/s$/.test(prev.lower)) return false;
  // "their asylum claims", "the claims": a determiner or possessive before means a noun.
  const subjectBefore =
    prev.text === ',' ||
    ((prev.pos === 'PROPN' || prev.pos === 'NOUN') && !/^(?:'s|’s)$/.test(prev.lower)) ||
    (prev.pos === 'PRON' && /^(?:he|she|it|they|who|that|which)$/.test(prev.lower)) ||
    // "They claimed Paris was a volunteer and claim she has …"
    prev.pos === 'CCONJ';
  if (!subjectBefore) return false;
  // "The U.S. Department of Agriculture notes, “…”"
  const quoteNext = ctx.openTok.has(i + 1) || (/^[,:]$/.test(next.text) && ctx.openTok.has(i + 2));
  if (quoteNext || next.lower === 'that' || next.lower === 'itself') return true;
  // "Results of NCLAN studies, published in 1989, show dicot species lose …"
  return clauseStartsAt(ctx, i + 1, sentenceEndTok(ctx, i));
}

const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no']);
/** "could confirm", "would say", "may tell": nothing was said yet. */
const MODALS = new Set(['could', 'would', 'might', 'may', 'can', 'should', 'must', 'will', 'shall', "'ll", '’ll']);
/** "had been denied visas", "was told": a passive reports what was done to the subject, not what it said. */
const PASSIVE_AUX = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', 'am', 'get', 'got', 'gets', 'getting', "'s", '’s']);
const REFUSALS = new Set(['refused', 'refuses', 'refuse', 'declined', 'declines', 'decline', 'failed', 'fails', 'fail']);

/**
 * True when the cue is negated, refused, modal or passive: "did not say", "never claimed", "refused
 * to acknowledge that …", "could confirm", "had been denied visas" report nothing that was said.
 */
export function isNegated(tokens: readonly Token[], cue: number): boolean {
  // "was quoted as saying": the one passive whose subject is the speaker.
  const quotedAs = tokens[cue]!.lower === 'quoted' && tokens[cue + 1]?.lower === 'as';
  const participle = !quotedAs && /(?:ed|told|said|shown|found|written|spoken)$/.test(tokens[cue]!.lower);
  for (let k = cue - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const t = tokens[k]!;
    if (NEGATORS.has(t.lower) || MODALS.has(t.lower)) return true;
    // "I was basically hauled in and told that …" (but not "she’s told", which is "she has").
    if (participle && PASSIVE_AUX.has(t.lower) && !(/^(?:'s|’s)$/.test(t.lower) && tokens[k - 1]?.pos === 'PRON')) return true;
    if (t.lower === 'to' && REFUSALS.has(tokens[k - 1]?.lower ?? '')) return true;
    const passiveChain = participle && (t.pos === 'VERB' || t.pos === 'CCONJ' || t.pos === 'ADP');
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART' && t.lower !== 'to' && !passiveChain) return false;
  }
  return false;
}
