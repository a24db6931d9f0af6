/**
 * The claims stage: quotes and reported statements of one article, with speakers resolved,
 * cues, the figures inside each claim, in text order.
 */
import type { Claim, Cue, Figure, Speaker, StageInput } from '@dossier/core';
import { attributeQuotes } from './attribution.js';
import { buildContext, firstAtOrAfter, sentenceAt, type Ctx } from './context.js';
import type { CueMatch } from './cues.js';
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon/roles.js';
import { isFiniteVerb } from './phrases.js';
import { buildReferents } from './referents.js';
import { reportedClaims, type RawClaim } from './reported.js';
import { Resolver, type Resolution } from './resolve.js';
import { Subjects } from './subjects.js';

export function extractClaims(doc: StageInput): Claim[] {
  if (doc.tokens.length === 0) return [];
  const ctx = buildContext(doc);
  const subjects = new Subjects(ctx);
  const reported = reportedClaims(ctx, subjects);
  const quotes = attributeQuotes(ctx, subjects, reported);
  // The author's own voice ("As I have argued, …", "We believe …") is not an attributed claim.
  const author = (c: RawClaim): boolean => !!c.speaker && !c.voice && authorVoice(ctx, c.speaker.np.first, c.speaker.np.end);
  const raw = [...reported, ...quotes].filter((c) => !author(c) && !(c.sameAs && author(c.sameAs)));

  // Resolve speakers in the order they appear, so "she" can find the speaker just before.
  const resolver = new Resolver(ctx, buildReferents(ctx, doc));
  const resolved = new Map<RawClaim, Resolution>();
  // Narrative "he"/"she" subjects are resolved too, in the same pass: they keep a person salient
  // across paragraphs ("She was responding … ⏎ She declined … ⏎ “…,” she said").
  // Built with push, not `.map`: see figureIndex.
  const steps: Array<{ tok: number; end: number; claim: RawClaim | null }> = [];
  for (const c of raw) if (c.speaker && !c.voice) steps.push({ tok: c.speaker.np.first, end: c.speaker.np.end, claim: c });
  for (const [tok, end] of narrativeSubjects(ctx)) steps.push({ tok, end, claim: null });
  steps.sort((a, b) => a.tok - b.tok || (a.claim ? a.claim.start : -1) - (b.claim ? b.claim.start : -1));
  let lastTok = -1;
  for (const { tok, end, claim } of steps) {
    if (!claim && tok === lastTok) continue;
    const r = resolver.resolve(claim ? claim.speaker! : { np: { first: tok, end } });
    if (claim) resolved.set(claim, r);
    resolver.note(tok, r);
    lastTok = tok;
  }
  for (const c of raw) if (c.voice) resolved.set(c, resolved.get(c.voice.sameAs ?? c.voice) ?? { name: null, entity: null, key: null });

  // "Both the Irving Independent School District and the Irving Police Department have asserted …":
  // one claim per named source. Groups ("both Republicans and Democrats") stay one unnamed source.
  for (const c of [...raw]) {
    const np = c.speaker?.np;
    if (!np || c.sameAs || c.voice) continue;
    let and = -1;
    for (let k = np.first + 1; k < np.end - 1; k++) if (ctx.tokens[k]!.lower === 'and' && ctx.tokens[k]!.pos === 'CCONJ') and = k;
    if (and < 0) continue;
    const left = { np: { first: np.first, end: and } };
    const right = { np: { first: and + 1, end: np.end } };
    const rl = resolver.resolve(left);
    const rr = resolver.resolve(right);
    if (!rl.name || !rr.name || rl.key === rr.key) continue;
    const twin: RawClaim = { ...c, speaker: right };
    c.speaker = left;
    resolved.set(c, rl);
    resolved.set(twin, rr);
    raw.push(twin);
  }

  const figuresIn = figureIndex(doc.figures ?? []);
  const built: Claim[] = [];
  const nested = nestedSameSpeaker(ctx, raw, resolved);
  for (const c of raw) {
    if (nested.has(c)) continue;
    const source = c.sameAs ?? c;
    const speaker = source.speaker ? speakerOf(ctx, source, resolved.get(source) ?? { name: null, entity: null, key: null }) : null;
    built.push(toClaim(ctx, c, speaker, c.cue, figuresIn(c.start, c.end)));
  }
  built.sort((a, b) => a.start - b.start || a.end - b.end || cueStart(a) - cueStart(b));
  const claims: Claim[] = [];
  for (let i = 0; i < built.length; i++) claims.push({ ...built[i]!, id: `c${i + 1}` });
  return claims;
}

/**
 * Reported claims whose cue stands inside another reported claim of the same speaker: "Tanaka told the
 * Review that she had warned a department head that several images appeared to have been copied" is
 * one claim, Tanaka's; the warning is part of what she told (as "said she felt …" in the gold conventions).
 * The enclosing claim's content opens with the inner speaker and holds the inner claim whole.
 */
function nestedSameSpeaker(ctx: Ctx, raw: readonly RawClaim[], resolved: ReadonlyMap<RawClaim, Resolution>): Set<RawClaim> {
  const out = new Set<RawClaim>();
  const reported: RawClaim[] = [];
  for (const c of raw) if (c.kind === 'reported' && c.cue && !c.sameAs) reported.push(c);
  if (reported.length < 2) return out;
  reported.sort((a, b) => a.start - b.start);
  for (let i = 0; i < reported.length; i++) {
    const c = reported[i]!;
    const key = resolved.get(c)?.key;
    if (!key) continue;
    const at = ctx.tokens[c.cue!.first]!.start;
    const speakerStart = c.speaker ? ctx.tokens[c.speaker.np.first]!.start : -1;
    for (let j = i - 1; j >= 0 && i - j <= 8; j--) {
      const o = reported[j]!;
      // (its speaker opens the enclosing clause — "that she had warned …"; on a page with no sentence
      // ends, "… the talks failed and Maria Lopez arrived late and she said …" runs on over later claims)
      if (o.start <= at && at < o.end && c.end <= o.end && speakerStart === o.start && resolved.get(o)?.key === key) {
        out.add(c);
        break;
      }
    }
  }
  return out;
}

const cueStart = (c: Claim): number => c.cue?.start ?? -1;

function authorVoice(ctx: Ctx, first: number, end: number): boolean {
  return end - first === 1 && ctx.quoteOf[first]! < 0 && /^(?:i|we|me|us)$/.test(ctx.tokens[first]!.lower);
}

/**
 * Narrative subjects that keep a person in view: "he"/"she" before a verb, and a sentence that opens
 * with "the" and a person's role before a verb ("The judge rejected that argument. … , she wrote" is
 * the judge, not the lawyer quoted in between). Token ranges of the subject phrases.
 */
function narrativeSubjects(ctx: Ctx): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const tokens = ctx.tokens;
  const verbAfter = (i: number): boolean => {
    let k = i;
    while (k < tokens.length && tokens[k]!.pos === 'ADV') k++;
    return k < tokens.length && isFiniteVerb(ctx, k);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.quoteOf[i]! >= 0) continue;
    if (t.pos === 'PRON' && (t.lower === 'he' || t.lower === 'she')) {
      if (verbAfter(i + 1)) out.push([i, i + 1]);
    } else if (t.lower === 'the' && i === ctx.sentences[t.sentence]!.firstToken) {
      const n = tokens[i + 1];
      if (n && n.pos === 'NOUN' && (ROLE_NOUNS.has(n.lower) || TITLE_WORDS.has(n.lower)) && verbAfter(i + 2)) out.push([i, i + 2]);
    }
  }
  return out;
}

function speakerOf(ctx: Ctx, c: RawClaim, r: Resolution): Speaker {
  const np = c.speaker!.np;
  const start = ctx.tokens[np.first]!.start;
  const end = ctx.tokens[np.end - 1]!.end;
  return { name: r.name, entity: r.entity, start, end, text: ctx.text.slice(start, end) };
}

function cueOf(ctx: Ctx, cue: CueMatch | null): Cue | null {
  if (!cue) return null;
  const start = ctx.tokens[cue.first]!.start;
  const end = ctx.tokens[cue.end - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end), lemma: cue.lemma };
}

/**
 * The ids of the figures inside [start, end), in the order of `figures`: a binary search over the
 * figures by start, so a page with thousands of claims and figures is not claims × figures.
 * Arrays here are built with push: `.map` gives packed arrays until TurboFan inlines it and holey ones
 * after, and that change of shape deoptimizes the optimized functions that read them.
 */
function figureIndex(figures: readonly Figure[]): (start: number, end: number) => string[] {
  const order: number[] = [];
  for (let i = 0; i < figures.length; i++) order.push(i);
  order.sort((a, b) => figures[a]!.start - figures[b]!.start || a - b);
  return (start, end) => {
    const inside: number[] = [];
    for (let k = firstAtOrAfter(order.length, (i) => figures[order[i]!]!.start, start); k < order.length && figures[order[k]!]!.start <= end; k++) if (figures[order[k]!]!.end <= end) inside.push(order[k]!);
    inside.sort((a, b) => a - b);
    const ids: string[] = [];
    for (const i of inside) ids.push(figures[i]!.id);
    return ids;
  };
}

function toClaim(ctx: Ctx, c: RawClaim, speaker: Speaker | null, cue: CueMatch | null, figures: string[]): Claim {
  return {
    id: '',
    kind: c.kind,
    start: c.start,
    end: c.end,
    text: ctx.text.slice(c.start, c.end),
    speaker,
    cue: cueOf(ctx, cue),
    figures,
    sentence: sentenceAt(ctx, c.start),
  };
}
