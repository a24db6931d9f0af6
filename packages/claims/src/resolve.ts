/**
 * From the source's words to who they name. A name links to the referent that covers the head
 * of the phrase ("Mexico's Secretariat of Foreign Affairs" → the Secretariat, "the Trump
 * administration" → nobody). Pronouns and descriptions are resolved the way a careful reader
 * would, within the paragraph and the two before it:
 *   "she"/"he"  the nearest person of that gender mentioned earlier in the sentence, else the
 *               nearest earlier subject or speaker, else the nearest mention.
 *   "the Mexican president"  the nearest person the text gave that title ("Mexican President
 *               Claudia Sheinbaum"); for ranks ("the president", "the Republican leader"), else
 *               the nearest person subject of the same paragraph.
 *   "this account"  the speaker of the claim just before.
 * Unnamed sources ("an anonymous White House official", "analysts") keep their words and no name.
 */
import { firstAtOrAfter, tokenAtOrAfter, type Ctx } from './context.js';
import { ACCOUNT_NOUNS, DOCUMENT_NOUNS, GROUP_NAME, PRONOUN_GENDER, RANK_ROLES, ROLE_NOUNS, ROLE_SYNONYMS, TITLE_WORDS } from './lexicon/roles.js';
import { headOf, isNameTok, npRight, type TokRange } from './phrases.js';
import type { Referent, Referents } from './referents.js';
import type { SpeakerRef } from './subjects.js';

export interface Resolution {
  name: string | null;
  entity: string | null;
  /** Key of the referent, so later pronouns can find this speaker. */
  key: string | null;
}

interface Candidate {
  tok: number;
  key: string;
  name: string;
  entity: string | null;
  place: boolean;
  subject: boolean;
}

const NOBODY: Resolution = { name: null, entity: null, key: null };
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** "the Republican", "the Mexican": a party or nationality word used as a noun for one person. */
const DEMONYM = /^\p{Lu}\p{Ll}{3,}(?:an|ian|ese|ish|crat)$/u;
/** Heads that describe an organisation: "the ministry" names the ministry mentioned before. */
const ORG_HEADS = new Set([
  'agency', 'ministry', 'department', 'company', 'firm', 'newspaper', 'paper', 'broadcaster', 'network', 'magazine', 'secretariat',
  'office', 'commission', 'committee', 'court', 'council', 'bank', 'party', 'union', 'institute', 'center', 'centre', 'university',
  'army', 'police', 'government', 'fund', 'club', 'authority', 'association', 'foundation', 'federation', 'league', 'service',
  'organisation', 'organization', 'board', 'bureau', 'group', 'team', 'charity', 'corporation', 'carmaker', 'airline', 'retailer',
  'manufacturer', 'insurer', 'lender', 'publisher', 'broadcaster', 'school', 'hospital', 'district', 'church',
]);
/**
 * Heads that say what kind of business or body it is without being part of its name: "Northgate Motors
 * will close its plant …, the company announced" is Northgate Motors, though its name has no "company".
 */
const KIND_HEADS = new Set(['company', 'firm', 'club', 'team', 'group', 'carmaker', 'airline', 'retailer', 'manufacturer', 'insurer', 'lender', 'publisher', 'broadcaster', 'network', 'newspaper', 'paper', 'magazine', 'corporation', 'charity', 'organisation', 'organization']);
/**
 * How far back "the fund" may find the "Lakeshore Municipal Pension Fund" it names: the whole of a news
 * article (a body is named once at the top and called "the ministry" in the last paragraph), but not
 * the whole of a scraped page on one line.
 */
const ORG_NAME_REACH = 3000;
/** Paragraphs before the current one that pronouns and descriptions may reach back into. */
const WINDOW = 2;
/**
 * Nor more than this many tokens back: three long paragraphs of news copy (the widest window of
 * three paragraphs in the seeds and the GUM texts is 436 tokens). A scraped page on one line is one
 * "paragraph" of 40,000 tokens, where a name that far back is never the antecedent.
 */
const REACH = 500;

export class Resolver {
  private readonly speakers: Candidate[] = [];
  constructor(
    private readonly ctx: Ctx,
    private readonly refs: Referents,
  ) {}

  /** Records a resolved speaker so later pronouns can refer to it. */
  note(tok: number, r: Resolution): void {
    if (!r.key) return;
    // Kept in token order (notes come in text order; a late one goes after those at its token).
    const at = firstAtOrAfter(this.speakers.length, (x) => this.speakers[x]!.tok, tok + 1);
    this.speakers.splice(at, 0, { tok, key: r.key, name: r.name ?? '', entity: r.entity, place: false, subject: true });
  }

  resolve(ref: SpeakerRef): Resolution {
    const { ctx, refs } = this;
    const tokens = ctx.tokens;
    const np = ref.np;
    const first = tokens[np.first]!;
    if (np.end - np.first === 1 && first.pos === 'PRON') return this.pronoun(np.first);
    const head = this.head(np);
    const headTok = tokens[head]!;
    const demonym = DEFINITE.has(first.lower) && DEMONYM.test(headTok.text) && head === np.first + 1;
    if (!demonym) {
      const r = refs.covering(head);
      // "Mexicans", "Republicans": a group is never a named speaker, unless the entities stage says so.
      const group = r && !r.entity && GROUP_NAME.test(headTok.text);
      if (r && !group && r.first >= np.first - 2) return this.named(r);
      // "CEO of the Refugee Council Enver Solomon", "Afghan Ambassador to the United States
      // Hamdullah Mohib": a title phrase that ends in the name.
      const tail = refs.covering(np.end - 1);
      if (!r && tail && tail !== r && (ROLE_NOUNS.has(headTok.lower) || TITLE_WORDS.has(headTok.lower)) && !tail.modifier && tail.first > head) return this.named(tail);
      if (ref.alias) {
        const a = refs.covering(lastWord(ctx, ref.alias));
        if (a) return this.named(a);
      }
    }
    // "a statement from the finance ministry", "a 2019 study by the university": the document's author.
    if (DOCUMENT_NOUNS.has(headTok.lower)) {
      // "The Home Office letter", "a Reuters report": an organisation named before the document noun wrote it.
      const writer = head > np.first ? refs.covering(head - 1) : null;
      if (writer && writer.type === 'ORG' && writer.first >= np.first) return this.named(writer);
      for (let k = head + 1; k < np.end - 1; k++) {
        const t = tokens[k]!;
        if (t.pos === 'ADP' && (t.lower === 'by' || t.lower === 'from')) return this.resolve({ np: { first: k + 1, end: np.end } });
      }
    }
    if (!DEFINITE.has(first.lower)) return NOBODY;
    const word = ROLE_SYNONYMS[headTok.lower] ?? headTok.lower;
    if (ACCOUNT_NOUNS.has(word) && first.lower !== 'the') return this.lastSpeaker(np.first);
    if (demonym || ROLE_NOUNS.has(headTok.lower) || ORG_HEADS.has(word)) return this.description(np, head, word, demonym);
    return NOBODY;
  }

  /**
   * The head of a phrase, reading names whole: the "of" in "University of Texas Arlington Muslim
   * Student Association president Sehar Memon" or "Mexico's Secretariat of Foreign Affairs" is part
   * of a name, not the start of a prepositional phrase.
   */
  private head(np: TokRange): number {
    const { ctx, refs } = this;
    let k = np.first;
    while (k < np.end) {
      const r = refs.covering(k);
      if (r && r.end > k + 1) {
        k = Math.min(r.end, np.end);
        continue;
      }
      const t = ctx.tokens[k]!;
      if (k > np.first && t.pos === 'ADP' && /^(?:of|for|at|from|in|by)$/.test(t.lower)) break;
      k++;
    }
    // The last word before the cut, past a closing bracket or a possessive.
    let head = Math.max(np.first, k - 1);
    while (head > np.first && (/^(?:'s|’s|\)|\])$/.test(ctx.tokens[head]!.text) || ctx.tokens[head]!.pos === 'PUNCT')) head--;
    return head;
  }

  private named(r: Referent | Candidate): Resolution {
    if ('type' in r && r.type === 'PLACE') return NOBODY;
    if ('place' in r && r.place) return NOBODY;
    return { name: r.name, entity: r.entity, key: r.key };
  }

  /**
   * Mentions and speakers before token `tok`, nearest first (a subject before other candidates at
   * the same token), within the window of paragraphs and at most REACH tokens back. Lazy: the rules
   * take the first candidate that fits, which is nearly always close by. `stop` says that no
   * candidate from here on can fit (they only get farther away), so the walk ends there.
   */
  private find(tok: number, fits: (c: Candidate) => boolean, stop?: (c: Candidate) => boolean): Candidate | undefined {
    const { ctx, refs } = this;
    const minPara = Math.max(0, ctx.para[tok]! - WINDOW);
    const list = refs.list;
    const speakers = this.speakers;
    // Referents from the first token of the window's first paragraph, speakers from the first token
    // of a paragraph in the window; neither farther back than REACH tokens.
    const from = Math.max(tokenAtOrAfter(ctx.tokens, ctx.paragraphs[minPara]!.start), tok - REACH);
    const speakersFrom = Math.max(firstTokenOfPara(ctx.para, minPara), tok - REACH);
    let r = firstAtOrAfter(list.length, (x) => list[x]!.first, tok) - 1;
    let s = firstAtOrAfter(speakers.length, (x) => speakers[x]!.tok, tok) - 1;
    for (;;) {
      const rt = r >= 0 && list[r]!.first >= from ? list[r]!.first : -1;
      const st = s >= 0 && speakers[s]!.tok >= speakersFrom ? speakers[s]!.tok : -1;
      const at = Math.max(rt, st);
      if (at < 0) return undefined;
      // All candidates at token `at`: subjects first (referents in list order, then speakers in the
      // order noted, all of them subjects), then the other referents.
      let r0 = r;
      if (rt === at) while (r0 >= 0 && list[r0]!.first === at) r0--;
      let s0 = s;
      if (st === at) while (s0 >= 0 && speakers[s0]!.tok === at) s0--;
      for (let pass = 0; pass < 2; pass++) {
        for (let x = r0 + 1; x <= r; x++) {
          const ref = list[x]!;
          if (ref.subject !== (pass === 0) || ref.quoted || ref.modifier || ctx.para[ref.first]! < minPara) continue;
          const c = this.candidateOf(x);
          if (stop?.(c)) return undefined;
          if (fits(c)) return c;
        }
        if (pass === 1) break;
        for (let x = s0 + 1; x <= s; x++) {
          const c = speakers[x]!;
          if (ctx.para[c.tok]! < minPara) continue;
          if (stop?.(c)) return undefined;
          if (fits(c)) return c;
        }
      }
      r = r0;
      s = s0;
    }
  }

  private readonly candidateCache: Array<Candidate | undefined> = [];
  private candidateOf(x: number): Candidate {
    const cached = this.candidateCache[x];
    if (cached) return cached;
    const r = this.refs.list[x]!;
    return (this.candidateCache[x] = { tok: r.first, key: r.key, name: r.name, entity: r.entity, place: r.type === 'PLACE', subject: r.subject });
  }

  private pronoun(tok: number): Resolution {
    const { ctx, refs } = this;
    const g = PRONOUN_GENDER[ctx.tokens[tok]!.lower];
    const sentence = ctx.tokens[tok]!.sentence;
    const sentenceOf = (c: Candidate): number => ctx.tokens[c.tok]!.sentence;
    if (g === 'm' || g === 'f') {
      const fits = (c: Candidate): boolean => refs.person(c.key) && (refs.gender(c.key) ?? g) === g;
      // Within this paragraph and the one before, a person the article calls "she" beats a nearer
      // one it never pronominalised ("… radio host Fred Dicker, who said … ⏎ “…,” she said").
      const near = ctx.para[tok]! - 1;
      const known = (c: Candidate): boolean => ctx.para[c.tok]! >= near && refs.person(c.key) && refs.gender(c.key) === g;
      const same = this.find(tok, fits, (c) => sentenceOf(c) < sentence);
      const pick =
        same ??
        this.find(tok, (c) => c.subject && known(c), (c) => ctx.para[c.tok]! < near) ??
        this.find(tok, (c) => c.subject && fits(c)) ??
        this.find(tok, fits);
      return pick ? this.named(pick) : NOBODY;
    }
    if (g === 'n') {
      // "…, and it has said": the subject that opens this sentence, if it has one before the
      // pronoun ("The Obama administration made …, and it has said" → not a named source);
      // otherwise an organisation that was the subject of the sentence before ("Reuters reported … It said …").
      const s = ctx.sentences[sentence]!;
      const opening = npRight(ctx, s.firstToken, tok);
      if (opening && opening.end < tok) {
        const r = refs.covering(headOf(ctx, opening));
        return r && !refs.person(r.key) ? this.named(r) : NOBODY;
      }
      const pick = this.find(tok, (c) => c.subject && !refs.person(c.key), (c) => sentenceOf(c) < sentence - 1);
      if (pick) return this.named(pick);
      // "The ministry forecast a crop of 6.2 million tonnes. It said …": the organisation a description
      // that opens the sentence before names.
      const before = sentence > 0 ? ctx.sentences[sentence - 1]! : null;
      if (before && ctx.para[before.firstToken] === ctx.para[tok]) {
        // (the description's first noun: wink may read "The ministry forecast" as one noun phrase)
        const f = before.firstToken;
        if (DEFINITE.has(ctx.tokens[f]!.lower) && ORG_HEADS.has(ctx.tokens[f + 1]?.lower ?? '')) return this.resolve({ np: { first: f, end: f + 2 } });
      }
      return NOBODY;
    }
    return NOBODY;
  }

  /**
   * An organisation named earlier in the article whose name holds the description's head ("The fund" →
   * "Lakeshore Municipal Pension Fund", "the office" → "Federal Office for the Environment"), past the
   * paragraph window: the name is specific enough to be found anywhere before.
   */
  private namedEarlier(tok: number, word: string, body: number): Candidate | undefined {
    const { ctx, refs } = this;
    const list = refs.list;
    const from = Math.max(body, tok - ORG_NAME_REACH);
    for (let x = firstAtOrAfter(list.length, (i) => list[i]!.first, tok) - 1; x >= 0 && list[x]!.first >= from; x--) {
      const r = list[x]!;
      if (r.quoted || r.type === 'PLACE' || refs.person(r.key)) continue;
      if (r.name.toLowerCase().split(/\s+/).includes(word)) return this.candidateOf(x);
    }
    return undefined;
  }

  /** The speaker noted last before token `tok`, in its paragraph or the one before. */
  private lastSpeaker(tok: number): Resolution {
    const minPara = this.ctx.para[tok]! - 1;
    const speakers = this.speakers;
    const k = firstAtOrAfter(speakers.length, (x) => speakers[x]!.tok, tok) - 1;
    return k >= 0 && this.ctx.para[speakers[k]!.tok]! >= minPara ? this.named(speakers[k]!) : NOBODY;
  }

  private description(np: TokRange, head: number, word: string, demonym: boolean): Resolution {
    const { ctx, refs } = this;
    const tokens = ctx.tokens;
    const modifiers: string[] = [];
    for (let k = np.first + 1; k < head; k++) {
      const t = tokens[k]!;
      if (isNameTok(ctx, k) || t.pos === 'ADJ' || t.pos === 'PROPN') modifiers.push(t.lower);
    }
    const tok = np.first;
    if (ORG_HEADS.has(word)) {
      // (not a capitalized headline word: "Retailer says hackers stole …" names no retailer)
      const body = tokenAtOrAfter(ctx.tokens, ctx.bodyStart);
      const pick = this.find(tok, (c) => c.tok >= body && !refs.person(c.key) && c.name.toLowerCase().split(/\s+/).includes(word)) ?? this.namedEarlier(tok, word, body);
      if (pick) return this.named(pick);
      // "…, the company announced", "the club said": the organisation that is the nearest subject in the
      // paragraph, when the description is a kind of body rather than a word of its name.
      if (!KIND_HEADS.has(word)) return NOBODY;
      const para = ctx.para[tok]!;
      // (only an organisation the entities stage typed: a capitalized word that opens a sentence is no company)
      const org = this.find(tok, (c) => c.subject && c.entity !== null && refs.isOrg(c.key), (c) => ctx.para[c.tok]! < para);
      return org ? this.named(org) : NOBODY;
    }
    if (!demonym) {
      const pick = this.find(tok, (c) => refs.person(c.key) && holdsRole(refs.roles(c.key), word, modifiers));
      if (pick) return this.named(pick);
    }
    if (demonym || RANK_ROLES.has(word)) {
      const para = ctx.para[tok]!;
      const pick = this.find(tok, (c) => c.subject && refs.person(c.key), (c) => ctx.para[c.tok]! < para);
      if (pick) return this.named(pick);
    }
    return NOBODY;
  }
}

/** The role matches, and a nationality or party the description gives does not contradict the title. */
function holdsRole(roles: ReadonlySet<string>, word: string, modifiers: readonly string[]): boolean {
  let has = false;
  for (const r of roles) if ((ROLE_SYNONYMS[r] ?? r) === word) has = true;
  if (!has) return false;
  // "the Mexican president" is not a president the text never called Mexican.
  return modifiers.every((m) => roles.has(m) || TITLE_WORDS.has(m));
}

function lastWord(ctx: Ctx, np: TokRange): number {
  let k = np.end - 1;
  while (k > np.first && ctx.tokens[k]!.pos === 'PUNCT') k--;
  return k;
}

/** The first token of paragraph `p` or a later one (`para` is non-decreasing). */
function firstTokenOfPara(para: Int32Array, p: number): number {
  return firstAtOrAfter(para.length, (i) => para[i]!, p);
}
