import { undoMarkdownLine } from './markdown.js';
import { furnitureKind, marksArticleEnd, type FurnitureKind } from './furniture.js';
import { isOtherLanguage, mainLanguage } from './language.js';
import { isDateLine } from './dates.js';

/** One paragraph (or stand-alone line) of the page, on its way to becoming article text. */
export interface Unit {
  text: string;
  /** The page marked it as a heading (markdown `#`, HTML `<h1>`...). */
  heading: boolean;
}

export type RemovalReason = FurnitureKind | 'end-of-article' | 'teasers' | 'trailing-fragment' | 'duplicate';

export interface CleanedUnits {
  units: Unit[];
  /** How many paragraphs each rule removed (for the record's notes). */
  removed: Partial<Record<RemovalReason, number>>;
}

/** Characters that look like spaces but are not: non-breaking, thin, ideographic. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
/** Invisible characters that only break words apart: zero-width space/joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Unicode NFC, `\n` line ends, plain spaces, no invisible characters, no trailing spaces. */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}

const ENDS_SENTENCE = /[.!?…:;]["”’')\]]*$/;
/** First letter after any opening quotes or brackets is lowercase: the text goes on from the line before. */
const STARTS_LOWER = /^["“‘'(\[]*\p{Ll}/u;

/** Splits plain text (markdown allowed) into units: paragraphs, and lines that stand alone. */
export function textToUnits(text: string): Unit[] {
  const blocks: Unit[][] = [[]];
  for (const line of normalizeText(text).split('\n')) {
    const md = undoMarkdownLine(line);
    const t = md.text.trim();
    if (t === '') {
      if (blocks[blocks.length - 1]!.length > 0) blocks.push([]);
      continue;
    }
    blocks[blocks.length - 1]!.push({ text: t, heading: md.heading });
  }
  const units: Unit[] = [];
  for (const block of blocks) {
    let current: Unit | undefined;
    for (const line of block) {
      // Inside a block, a line goes on from the one before when that one stops mid-sentence and
      // this one starts in lowercase, or when the lines are long enough to be hard-wrapped prose.
      if (current && !current.heading && !line.heading && !ENDS_SENTENCE.test(current.text) &&
          (STARTS_LOWER.test(line.text) || (current.text.length >= 60 && line.text.length >= 20))) {
        current.text += ' ' + line.text;
      } else {
        if (current) units.push(current);
        current = { ...line };
      }
    }
    if (current) units.push(current);
  }
  return units;
}

/**
 * Joins a sentence that the scraper broke with a blank line: the first part stops without
 * sentence punctuation and the next starts in lowercase (`the "new` + `political order,"`).
 */
export function joinBrokenSentences(units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    if (prev && !prev.heading && !u.heading && !ENDS_SENTENCE.test(prev.text) && STARTS_LOWER.test(u.text)) {
      prev.text += ' ' + u.text;
    } else {
      out.push({ ...u });
    }
  }
  return out;
}

const LONG = 120;

/**
 * Removes site furniture: paragraph rules first (share bars, interface text, subscription and
 * contact blocks, credits, bare links, other-language blocks), then what follows the article's
 * end (an end marker after the body, a run of teaser articles with their dates, trailing fragments),
 * then repeated paragraphs (captions printed twice, pull quotes).
 */
export function removeFurniture(input: readonly Unit[]): CleanedUnits {
  const removed: Partial<Record<RemovalReason, number>> = {};
  const drop = (reason: RemovalReason, n = 1): void => {
    if (n > 0) removed[reason] = (removed[reason] ?? 0) + n;
  };
  // Arrays that other functions read are built with push: `.map` gives packed arrays until TurboFan inlines it and
  // then holey ones, and that change of shape deoptimizes the functions that read them (a recompile each, per thread).
  const kinds: Array<FurnitureKind | null> = [];
  const judged: string[] = [];
  for (const u of input) {
    const kind = furnitureKind(u.text);
    kinds.push(kind);
    if (kind === null) judged.push(u.text);
  }
  const lang = mainLanguage(judged);
  for (let i = 0; i < input.length; i++) {
    if (kinds[i] === null && isOtherLanguage(input[i]!.text, lang)) kinds[i] = 'other-language';
  }
  // A line too short to judge goes with its neighbours when both are in the other language.
  for (let i = 0; i < input.length; i++) {
    if (kinds[i] === null && input[i]!.text.length < 40 && kinds[i - 1] === 'other-language' && kinds[i + 1] === 'other-language') {
      kinds[i] = 'other-language';
    }
  }

  // Prose before and after each position: an end marker only ends the article when the body is behind it.
  const prose: number[] = [];
  let total = 0;
  for (let i = 0; i < input.length; i++) {
    const n = kinds[i] === null ? input[i]!.text.length : 0;
    prose.push(n);
    total += n;
  }
  let end = input.length;
  let before = 0;
  for (let i = 0; i < input.length; i++) {
    if (marksArticleEnd(kinds[i] ?? null) && before >= 600 && before >= total - before) {
      end = i;
      drop('end-of-article', input.length - i);
      break;
    }
    before += prose[i]!;
  }

  let units: Array<{ unit: Unit; kind: FurnitureKind | null }> = [];
  for (let i = 0; i < end; i++) {
    const kind = kinds[i] ?? null;
    if (kind) drop(kind);
    else units.push({ unit: input[i]!, kind });
  }

  const texts: string[] = [];
  for (const u of units) texts.push(u.unit.text);
  const teaserStart = findTeaserRun(texts);
  if (teaserStart < units.length) {
    drop('teasers', units.length - teaserStart);
    units = units.slice(0, teaserStart);
  }

  // After the last paragraph of prose, short lines that are not sentences are page furniture
  // ("Most viewed", "Archived In", a site's name or tagline).
  while (units.length > 1) {
    const last = units[units.length - 1]!.unit.text;
    if (last.length > LONG || ENDS_SENTENCE.test(last)) break;
    units.pop();
    drop('trailing-fragment');
  }

  const seen = new Set<string>();
  const kept: Unit[] = [];
  for (const { unit } of units) {
    if (unit.text.length >= 20 && seen.has(unit.text)) {
      drop('duplicate');
      continue;
    }
    seen.add(unit.text);
    kept.push(unit);
  }
  return { units: kept, removed };
}

/**
 * Index where a list of teaser articles starts, or `texts.length` when there is none. Teasers come
 * after the article as repeated blocks of headline, summary, author and date, so two date lines
 * close together after the body mark them; the run starts at the headline of the first block.
 */
function findTeaserRun(texts: readonly string[]): number {
  let before = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    if (before >= 600 && isDateLine(t)) {
      const next = texts.slice(i + 1, i + 12).findIndex(isDateLine);
      if (next >= 0) {
        let start = i;
        if (start - 1 >= 0 && texts[start - 1]!.length <= 60) start--; // author
        if (start - 1 >= 0 && texts[start - 1]!.length > 60) start--; // summary
        if (start - 1 >= 0 && texts[start - 1]!.length <= LONG && !ENDS_SENTENCE.test(texts[start - 1]!)) start--; // headline
        return start;
      }
    }
    before += t.length;
  }
  return texts.length;
}
