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
import { firstAtOrAfter, sentenceEndTok, tokenAtOrAfter, type Ctx } from './context.js';
import { ACCOUNT_NOUNS, DOCUMENT_NOUNS, GROUP_NAME, MASTHEAD_WORDS, PRONOUN_GENDER, RANK_ROLES, ROLE_NOUNS, ROLE_SYNONYMS, TITLE_WORDS } from './lexicon/roles.js';
import { headOf, isNameTok, npRight, type TokRange } from './phrases.js';
import { invertedAttribution, type Referent, type Referents } from './referents.js';
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
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** "the 29-year-old" (the text after "the"). */
const AGED = /^\s+(\d{1,3})[-‑]year[-‑]old$/i;
/** Verbs that put a document out: "X released a statement", "X published a report". */
const RELEASE_VERBS = new Set(['released', 'issued', 'published', 'posted', 'sent', 'distributed', 'circulated', 'releases', 'issues', 'publishes', 'posts']);
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
const KIND_HEADS = new Set(['union', 'operator', 'regulator', 'watchdog', 'chain', 'company', 'firm', 'club', 'team', 'group', 'carmaker', 'airline', 'retailer', 'manufacturer', 'insurer', 'lender', 'publisher', 'broadcaster', 'network', 'newspaper', 'paper', 'magazine', 'corporation', 'charity', 'organisation', 'organization']);
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
      // ("A spokesman for Morrow", "a lawyer for the family" are unnamed people speaking for someone.)
      if (!r && tail && tail !== r && !INDEFINITE.has(first.lower) && (ROLE_NOUNS.has(headTok.lower) || TITLE_WORDS.has(headTok.lower)) && !tail.modifier && tail.first > head) return this.named(tail);
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
        // ("A poll for the Nordmark Post": the body it was made for publishes it)
        if (t.pos === 'ADP' && (t.lower === 'by' || t.lower === 'from' || t.lower === 'for')) return this.resolve({ np: { first: k + 1, end: np.end } });
      }
    }
    if (!DEFINITE.has(first.lower)) return NOBODY;
    // "Marta Kovac, 29, announced … The 29-year-old said": the person whose age the text gave.
    const age = first.lower === 'the' ? AGED.exec(ctx.text.slice(first.end, tokens[np.end - 1]!.end)) : null;
    if (age) return this.aged(np.first, age[1]!);
    // "according to a report released on Monday by the Carrow Housing Council" … "The report found": the
    // document named before with its author.
    if (DOCUMENT_NOUNS.has(headTok.lower) && first.lower === 'the' && head === np.first + 1) {
      const author = this.authorOfEarlier(np.first, headTok.lower);
      if (author) return author;
    }
    const word = ROLE_SYNONYMS[headTok.lower] ?? headTok.lower;
    if (ACCOUNT_NOUNS.has(word) && first.lower !== 'the') return this.lastSpeaker(np.first);
    if (demonym || ROLE_NOUNS.has(headTok.lower) || ORG_HEADS.has(word) || (headTok.pos === 'NOUN' && refs.isRole(word))) return this.description(np, head, word, demonym);
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
      // (not after the content it attributes: "Inspectors found mould …, she wrote")
      const same = invertedAttribution(ctx, tok) ? undefined : this.find(tok, fits, (c) => sentenceOf(c) < sentence);
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

  /**
   * The author of the nearest earlier document of the same noun in the article body: "a report … by X"
   * (in its sentence, within a few words) or "X's report". Null when that document has none.
   */
  private authorOfEarlier(tok: number, noun: string): Resolution | null {
    const { ctx, refs } = this;
    const tokens = ctx.tokens;
    const from = Math.max(tokenAtOrAfter(tokens, ctx.bodyStart), tok - ORG_NAME_REACH);
    for (let k = tok - 1; k >= from; k--) {
      if (tokens[k]!.lower !== noun || ctx.quoteOf[k]! >= 0) continue;
      if (/^(?:'s|’s)$/.test(tokens[k - 1]?.lower ?? '')) {
        const r = refs.covering(k - 2);
        if (r && r.type !== 'PLACE' && !refs.person(r.key)) return this.named(r);
      }
      const s = tokens[k]!.sentence;
      // "The Australian Industry Group released a statement on Tuesday. The statement said …": the subject
      // of the verb that put the document out ("after an internal inquiry found …" gives the inquiry no author).
      const lo = ctx.sentences[s]!.firstToken;
      const v = k - 1 >= lo && tokens[k - 1]!.pos === 'DET' ? k - 2 : k - 1;
      if (v >= lo && RELEASE_VERBS.has(tokens[v]!.lower)) {
        for (let x = firstAtOrAfter(refs.list.length, (i) => refs.list[i]!.first, v) - 1; x >= 0 && refs.list[x]!.first >= lo; x--) {
          const r = refs.list[x]!;
          if (r.subject && !r.quoted) return this.named(r);
        }
      }
      for (let b = k + 1; b < k + 10 && tokens[b] && tokens[b]!.sentence === s; b++) {
        if (tokens[b]!.lower !== 'by' || tokens[b]!.pos !== 'ADP') continue;
        const agent = npRight(ctx, b + 1, sentenceEndTok(ctx, b + 1));
        if (!agent) break;
        const r = this.resolve({ np: agent });
        return r.key ? r : null;
      }
      // "The report found …" before "the report said": the same document, named further back.
      if (DEFINITE.has(tokens[k - 1]?.lower ?? '')) continue;
      return null;
    }
    return null;
  }

  /**
   * "The 29-year-old": the nearest person before whose name the text gave that age ("Marta Kovac, 29,",
   * "29-year-old Marta Kovac"), else the nearest person subject of the paragraph.
   */
  private aged(tok: number, years: string): Resolution {
    const { ctx, refs } = this;
    const text = ctx.text;
    const after = new RegExp(`^,\\s*${years}\\b`);
    const before = new RegExp(`\\b${years}-year-old\\s+(?:\\S+\\s+){0,3}$`);
    const pick =
      this.earlier(tok, (c, r) => {
        if (!refs.person(c.key)) return false;
        const start = ctx.tokens[r.first]!.start;
        const end = ctx.tokens[r.end - 1]!.end;
        return after.test(text.slice(end, end + 8)) || before.test(text.slice(Math.max(0, start - 60), start));
      }) ?? this.find(tok, (c) => c.subject && refs.person(c.key), (c) => ctx.para[c.tok]! < ctx.para[tok]!);
    return pick ? this.named(pick) : NOBODY;
  }

  /** The nearest mention before `tok` in the article body (up to ORG_NAME_REACH tokens back) that fits. */
  private earlier(tok: number, fits: (c: Candidate, ref: Referent) => boolean): Candidate | undefined {
    const list = this.refs.list;
    const from = Math.max(tokenAtOrAfter(this.ctx.tokens, this.ctx.bodyStart), tok - ORG_NAME_REACH);
    for (let x = firstAtOrAfter(list.length, (i) => list[i]!.first, tok) - 1; x >= 0 && list[x]!.first >= from; x--) {
      if (list[x]!.quoted) continue;
      const c = this.candidateOf(x);
      if (fits(c, list[x]!)) return c;
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
      // "A poll for the Nordmark Post found … The newspaper said": the nearest masthead named before.
      if (MEDIA_KINDS.has(word)) {
        const paper = this.find(tok, (c) => c.tok >= body && !c.place && !refs.person(c.key) && mastheadName(c.name)) ?? this.earlier(tok, (c) => c.tok >= body && !c.place && !refs.person(c.key) && mastheadName(c.name));
        if (paper) return this.named(paper);
      }
      // "Greenpeace, an environmental organisation, said … The organisation said": the body the text gave that kind.
      const kind = this.find(tok, (c) => c.tok >= body && !refs.person(c.key) && refs.roles(c.key).has(word)) ?? this.earlier(tok, (c) => c.tok >= body && !refs.person(c.key) && refs.roles(c.key).has(word));
      if (kind) return this.named(kind);
      // "…, the company announced", "the club said": the organisation that is the nearest subject in the
      // paragraph, when the description is a kind of body rather than a word of its name.
      if (!KIND_HEADS.has(word)) return NOBODY;
      const para = ctx.para[tok]!;
      // (only an organisation the entities stage typed: a capitalized word that opens a sentence is no company)
      // (a name the entities stage missed counts when a word of it says it is a business: "Brightway Stores")
      const typed = (c: Candidate): boolean => refs.isOrg(c.key) && (c.entity !== null || businessName(c.name));
      const org =
        this.find(tok, (c) => c.subject && typed(c), (c) => ctx.para[c.tok]! < para) ??
        // "Judge … found that Stridely Inc. had buried …" five paragraphs before "A statement from the company
        // said": else the nearest organisation subject of the article whose name is not of another kind
        // ("Halvorsen University" is no company).
        // (first among the subjects and speakers of the paragraph window, where "the retailer confirmed" was resolved)
        this.find(tok, (c) => c.tok >= body && c.subject && typed(c) && !otherKind(c.name, word) && !kindBefore(ctx, c.tok, word)) ??
        this.earlier(tok, (c) => c.tok >= body && c.subject && typed(c) && !otherKind(c.name, word) && !kindBefore(ctx, c.tok, word)) ??
        // "… in a cyberattack on Brightway Stores last month, the retailer confirmed": a business named in
        // the content of its own sentence, when no organisation was a subject before.
        this.find(tok, (c) => c.tok >= body && typed(c) && !otherKind(c.name, word) && !kindBefore(ctx, c.tok, word), (c) => ctx.tokens[c.tok]!.sentence < ctx.tokens[tok]!.sentence);
      return org ? this.named(org) : NOBODY;
    }
    if (!demonym) {
      const holds = (c: Candidate): boolean => refs.person(c.key) && holdsRole(refs.roles(c.key), word, modifiers);
      // "Judge Miriam Osterberg found …" in the second paragraph, "The judge rejected that argument" in the
      // eighth: a role the text gave a named person points back to that person past the paragraph window.
      const pick = this.find(tok, holds) ?? this.earlier(tok, holds);
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

/** The name says it is a body of another kind than the description ("Halvorsen University" for "the company"). */
function otherKind(name: string, word: string): boolean {
  for (const w of name.toLowerCase().split(/\s+/)) if (w !== word && ORG_HEADS.has(w)) return true;
  return false;
}

/** Last words of business names: "Brightway Stores", "Velora Systems", "Northgate Motors". */
const BUSINESS_WORDS = new Set(['stores', 'systems', 'motors', 'airlines', 'airways', 'foods', 'industries', 'holdings', 'partners', 'labs', 'technologies', 'pharmaceuticals', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'plc', 'llc', 'group', 'company', 'co.']);
const businessName = (name: string): boolean => {
  const words = name.toLowerCase().split(/\s+/);
  return words.length > 1 && BUSINESS_WORDS.has(words[words.length - 1]!);
};

const MEDIA_KINDS = new Set(['newspaper', 'paper', 'daily', 'broadcaster', 'magazine', 'tabloid']);
const mastheadName = (name: string): boolean => name.toLowerCase().split(/\s+/).some((w) => MASTHEAD_WORDS.has(w));

/** A kind noun right before the name says what it is: "Consumer group FairDeal" is no company. */
function kindBefore(ctx: Ctx, tok: number, word: string): boolean {
  const t = ctx.tokens[tok - 1];
  return !!t && t.lower !== word && ORG_HEADS.has(t.lower) && t.sentence === ctx.tokens[tok]!.sentence;
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
