/**
 * Who is the subject of a reporting verb: the phrase before it ("Sánchez claimed"), after it
 * ("…,” said Rubio"), the antecedent of a relative pronoun ("Wilson, who said"), or, for a
 * participle or a coordinated verb ("…, adding that", "…, but claimed that"), the subject of the
 * clause it hangs off.
 */
import { isGerund, isQuoteMark, sentenceEndTok, sentenceStartTok, tokenAtOrAfter, type Ctx } from './context.js';
import { cueAt, type CueMatch } from './cues.js';
import { CATENATIVES, DOCUMENT_NOUNS, ROLE_NOUNS, TITLE_WORDS } from './lexicon/roles.js';
import { clauseStartsAt, headOf, isFiniteVerb, isNameTok, npLeft, npRight, skipTimeLeft, type TokRange } from './phrases.js';

export interface SpeakerRef {
  /** The source's own words. */
  np: TokRange;
  /** A named phrase those words stand in apposition to ("…Economic Dialogue, a forum that…"). */
  alias?: TokRange;
  /** Reached through a relative pronoun ("Wilson, who said"): not a main-clause subject. */
  relative?: boolean;
}

const RELATIVES = new Set(['who', 'which', 'that', 'whose']);
const PARTICIPLE_LEADS = new Set(['while', 'by', 'after', 'before', 'when', 'and', 'in', 'without']);

/** The first token of the scope a subject may be looked for in: the sentence, or the quote inside it. */
export function scopeStart(ctx: Ctx, i: number): number {
  const s = sentenceStartTok(ctx, i);
  const q = ctx.quoteOf[i]!;
  return q >= 0 ? Math.max(s, tokenAtOrAfter(ctx.tokens, ctx.quotes[q]!.start)) : s;
}

export function scopeEnd(ctx: Ctx, i: number): number {
  const e = sentenceEndTok(ctx, i);
  const q = ctx.quoteOf[i]!;
  return q >= 0 ? Math.min(e, tokenAtOrAfter(ctx.tokens, ctx.quotes[q]!.end)) : e;
}

export class Subjects {
  private readonly memo = new Map<number, SpeakerRef | null>();
  constructor(private readonly ctx: Ctx) {}

  /** The speaker of a cue, or null when the text gives none. */
  of(cue: CueMatch): SpeakerRef | null {
    const cached = this.memo.get(cue.first);
    if (cached !== undefined) return cached;
    this.memo.set(cue.first, null);
    const found = this.find(cue);
    this.memo.set(cue.first, found);
    return found;
  }

  private find(cue: CueMatch): SpeakerRef | null {
    const { ctx } = this;
    const tokens = ctx.tokens;
    const i = cue.first;
    const lo = scopeStart(ctx, i);
    const hi = scopeEnd(ctx, i);
    const prev = i - 1 >= lo ? tokens[i - 1] : undefined;
    // Inverted order: "…,” said Rubio, citing …" / "…, said Christopher Wilson, deputy director …".
    // Not when a clause follows the cue: "Results …, published in 1989, show dicot species lose …".
    // Nor when the comma closes a relative clause on the subject: "Paulo Reis, who flew to the valley on
    // Friday, described the damage as “…”" (the damage is what is described, Reis describes it).
    if (prev && (prev.text === ',' || ctx.closeTok.has(i - 1)) && !cue.entry?.object && !isGerund(tokens[i]!) && !clauseStartsAt(ctx, cue.end, hi) &&
      !(prev.text === ',' && closesRelative(ctx, i - 1, lo)) && !(prev.text === ',' && closesAge(ctx, i - 1))) {
      const np = npRight(ctx, cue.end, hi);
      if (np && endsAttribution(ctx, np.end, hi)) return { np };
    }
    if (isGerund(tokens[i]!) && prev) {
      // "with its leader, Ismail Haniyeh, saying": the participle has its own subject.
      const own = this.left(i, lo);
      if (own && own !== 'coordinated' && withBefore(ctx, own.np.first, lo)) return own;
      if (prev.text === ',' || PARTICIPLE_LEADS.has(prev.lower)) return this.clauseSubject(i, lo);
    }
    const left = this.left(i, lo);
    if (left === 'coordinated') return this.clauseSubject(i, lo);
    return left;
  }

  /** The subject phrase before token i, skipping auxiliaries, adverbs, "continues to", "on Tuesday". */
  left(i: number, lo: number): SpeakerRef | 'coordinated' | null {
    const { ctx } = this;
    const tokens = ctx.tokens;
    let j = i - 1;
    while (j >= lo) {
      const t = tokens[j]!;
      if (t.pos === 'ADV' || t.pos === 'AUX' || (t.pos === 'PART' && /^(?:not|n't|n’t|to)$/.test(t.lower))) {
        j--;
        continue;
      }
      if (CATENATIVES.has(t.lower) && tokens[j + 1]?.lower === 'to') {
        j--;
        continue;
      }
      const skipped = skipTimeLeft(ctx, j, lo);
      if (skipped !== j) {
        j = skipped;
        continue;
      }
      break;
    }
    if (j < lo) return null;
    const t = tokens[j]!;
    if (t.pos === 'CCONJ') return 'coordinated';
    if (t.text === ',') return this.beforeComma(j, lo);
    if (RELATIVES.has(t.lower) && ['PRON', 'DET', 'SCONJ'].includes(t.pos)) return this.relative(j, lo);
    // "A poll by the Aldin Civic Institute released last week found …": a past participle straight
    // after the noun phrase that opens the sentence modifies it. (Further in, the phrase may be the
    // subject of a clause someone else reports: "he said an outside audit ordered last year had found".)
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && j < i - 1 && ['NOUN', 'PROPN'].includes(tokens[j - 1]?.pos ?? '')) {
      const np = npLeft(ctx, j, lo);
      if (np && np.first === lo) return { np };
    }
    const np = npLeft(ctx, j + 1, lo);
    return np ? { np } : null;
  }

  /**
   * The subject before "X, …, said": skips a participle or relative clause set off by commas
   * ("a White House official, speaking on condition of anonymity, told …") and, of a name and
   * its appositive, keeps the name ("Eduardo Sánchez, spokesman for the Mexican president, asserted").
   */
  private beforeComma(j: number, lo: number): SpeakerRef | null {
    const { ctx } = this;
    const tokens = ctx.tokens;
    let k = j - 1;
    // A quotation mark ends the segment, a possessive apostrophe does not ("who leads the Parents' Association,").
    while (k >= lo && tokens[k]!.text !== ',' && !(isQuoteMark(tokens[k]!) && (ctx.openTok.has(k) || ctx.closeTok.has(k)))) k--;
    const segFirst = k + 1;
    if (segFirst >= j) return null;
    const head = tokens[segFirst]!;
    const parenthetical = head.pos === 'VERB' || head.pos === 'ADP' || head.pos === 'ADV' || head.pos === 'SCONJ' || RELATIVES.has(head.lower);
    if (parenthetical) {
      if (k < lo || tokens[k]!.text !== ',') return null;
      const np = skipAge(ctx, npLeft(ctx, k, lo), lo);
      if (!np) return null;
      // "The most recent investigation …, carried out by the Mexican magazine Proceso, …, reveals":
      // a document speaks for its author.
      const agent = agentIn(ctx, segFirst, j);
      if (agent && DOCUMENT_NOUNS.has(tokens[headOf(ctx, np)]!.lower)) return { np: agent };
      return { np };
    }
    let seg = npLeft(ctx, j, segFirst);
    // "Maria Santos, a nurse who has lived in the county for 22 years, said": an appositive with its own
    // relative clause is still an appositive; its noun phrase is what stands before the relative.
    if (!seg || seg.first !== segFirst) {
      for (let r = segFirst + 1; r < j; r++) {
        const t = tokens[r]!;
        if (!RELATIVES.has(t.lower)) continue;
        // ("Sharon Lee, one of the two who voted no, said": a numeral heads the appositive)
        const np = npLeft(ctx, r, segFirst);
        if (np && np.first === segFirst && ['NOUN', 'NUM'].includes(tokens[headOf(ctx, np)]!.pos)) seg = np;
        break;
      }
    }
    if (!seg || seg.first !== segFirst) {
      // An appositive the phrase rules cannot read whole ("Claudio De Vincenti, undersecretary to
      // the prime minister, said"): still no verb in it, so the subject is the phrase before it.
      for (let m = segFirst; m < j; m++) if (isFiniteVerb(ctx, m)) return null;
      const before = k >= lo && tokens[k]!.text === ',' ? npLeft(ctx, k, lo) : null;
      return before && headIsName(ctx, before) ? { np: before } : null;
    }
    if (k < lo || tokens[k]!.text !== ',') return { np: seg };
    // "Priti Nair, 38, a teacher, said": past the age to the name.
    const before = skipAge(ctx, npLeft(ctx, k, lo), lo);
    if (!before) return { np: seg };
    // "Malaysia's Prime Minister, Najib Razak, said": a capitalized title is no name; the name after it speaks.
    const titled = TITLE_WORDS.has(tokens[headOf(ctx, before)]!.lower) || ROLE_NOUNS.has(tokens[headOf(ctx, before)]!.lower);
    return headIsName(ctx, seg) && (!headIsName(ctx, before) || titled) ? { np: seg } : { np: before };
  }

  /** "Wilson, who said …": the antecedent; "…Dialogue, a forum that bills itself…": the forum and the name it describes. */
  private relative(j: number, lo: number): SpeakerRef | null {
    const { ctx } = this;
    const tokens = ctx.tokens;
    const end = tokens[j - 1]?.text === ',' ? j - 1 : j;
    // The nearest noun: "a point from Talk 1300 radio host Fred Dicker, who said …" is Dicker.
    const np = npLeft(ctx, end, lo, true, false);
    if (!np) return null;
    if (!headIsName(ctx, np) && tokens[np.first - 1]?.text === ',') {
      const named = npLeft(ctx, np.first - 1, lo);
      if (named) return { np, alias: named, relative: true };
    }
    return { np, relative: true };
  }

  /**
   * The subject of the clause a participle or coordinated verb belongs to: the subject of the
   * last finite verb before it that is not inside a "that" clause or a relative clause
   * ("… a phone call in which Trump refused to acknowledge that Mexico would not fund the wall,
   * insisting …" → Trump). Falls back to the noun phrase that opens the sentence.
   */
  clauseSubject(i: number, lo: number): SpeakerRef | null {
    const { ctx } = this;
    const tokens = ctx.tokens;
    const level = ctx.quoteOf[i]!;
    let best: SpeakerRef | null = null;
    let inComplement = false;
    for (let k = lo; k < i; k++) {
      if (ctx.quoteOf[k]! !== level) continue;
      const t = tokens[k]!;
      if (t.text === ',' || t.text === ';') {
        inComplement = false;
        continue;
      }
      if (t.lower === 'that' && (t.pos === 'SCONJ' || clauseStartsAt(ctx, k + 1, i))) {
        inComplement = true;
        continue;
      }
      if (inComplement || !isFiniteVerb(ctx, k)) continue;
      const cue = cueAt(ctx, k);
      const s = cue ? this.of(cue) : this.left(k, lo);
      if (s && s !== 'coordinated' && !s.relative) best = s;
      // "Cooper said her party has supported the idea, and said …": what a cue reports is its content.
      if (cue && cue.complement !== 'quote') inComplement = true;
    }
    if (best) return best;
    const np = npRight(ctx, lo, i);
    return np ? { np } : null;
  }
}

/** The comma at `comma` ends a relative clause set off by commas (", who flew to the valley on Friday,"). */
function closesRelative(ctx: Ctx, comma: number, lo: number): boolean {
  for (let k = comma - 1; k >= lo && k >= comma - 30; k--) {
    const t = ctx.tokens[k]!;
    if (t.text === ',') return /^(?:who|which|whose)$/.test(ctx.tokens[k + 1]?.lower ?? '');
    if (isQuoteMark(t)) return false;
  }
  return false;
}

/**
 * "Kelly Jardine, 29, who has held a season ticket …, said": an age set off by commas after a name is
 * not the subject; the name before it is.
 */
function skipAge(ctx: Ctx, np: TokRange | null, lo: number): TokRange | null {
  if (!np || np.end - np.first !== 1 || ctx.tokens[np.first]!.pos !== 'NUM' || ctx.tokens[np.first - 1]?.text !== ',') return np;
  return npLeft(ctx, np.first - 1, lo) ?? np;
}

/** "with" opens the phrase at `first`, possibly before an appositive pair ("with its leader, Ismail Haniyeh,"). */
function withBefore(ctx: Ctx, first: number, lo: number): boolean {
  for (let k = first - 1; k >= lo && k >= first - 8; k--) {
    const t = ctx.tokens[k]!;
    if (t.lower === 'with') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t)) return false;
  }
  return false;
}

/** After "said Wilson" the attribution ends: punctuation, a preposition ("in an interview"), a relative. */
function endsAttribution(ctx: Ctx, k: number, hi: number): boolean {
  if (k >= hi) return true;
  const t = ctx.tokens[k]!;
  if (t.lower === 'that') return false;
  return t.pos === 'PUNCT' || t.pos === 'ADP' || t.lower === 'who' || isQuoteMark(t);
}

/** The agent of a passive participle: "leaked by an anonymous White House official". */
export function agentIn(ctx: Ctx, from: number, to: number): TokRange | null {
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]!.lower === 'by' && ctx.tokens[k]!.pos === 'ADP') return npRight(ctx, k + 1, to, 'plain');
  }
  return null;
}

export function headIsName(ctx: Ctx, np: TokRange): boolean {
  const h = headOf(ctx, np);
  return isNameTok(ctx, h);
}

/**
 * The comma at `k` closes an age set off after a name: "Kessler, 58, denied any wrongdoing" has its
 * subject before the cue, so "any wrongdoing" is no inverted source ("…, denied the minister").
 */
function closesAge(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens;
  return t[k - 1]?.pos === 'NUM' && t[k - 2]?.text === ',' && /^\d{1,3}$/.test(t[k - 1]!.text);
}
