/**
 * Runs: maximal stretches of capitalised words that may hold one or more names, joined across name connectors
 * ("Secretariat of Foreign Affairs", "Enrique de la Madrid"), hyphens ("Kim Jong-un", "University of
 * California-Berkeley") and ", D.C.". A possessive ends a run ("Trump's" -> "Trump").
 */
import { CONNECTOR_WORDS, DETERMINER_WORDS, HYPHEN_SUFFIX_WORDS, ORG_HEAD_WORDS, ORG_LEAD_WORDS, isCommonWord } from './lexicon.js';
import { isAcronym } from './normalize.js';
import { isDemonym } from './gazetteer.js';
import type { DocView } from './view.js';

export interface Run {
  /** First token. */
  first: number;
  /** One past the last token. */
  end: number;
}

const POSSESSIVE = /^['’]s?$/;
const ARABIC_ARTICLES = new Set(['al', 'el']);
const SPACED_DASHES = new Set(['-', '–', '—']);
/** Plural nouns for people that organisations put in the possessive: "Korean People's Army", "Women's Institute". */
const PEOPLE_NOUNS = new Set([
  'people', 'peoples', 'workers', 'women', 'men', 'children', 'veterans', 'farmers', 'citizens', 'mothers', 'students', 'nations',
  // "Varenna Parents' Association", "National Teachers' Union", "Residents' Committee".
  'parents', 'teachers', 'nurses', 'doctors', 'families', 'residents', 'taxpayers', 'consumers', 'employees', 'pilots', 'miners',
  'journalists', 'writers', 'artists', 'owners', 'tenants', 'fathers', 'seniors', 'officers',
]);

/** The run so far opens with "University of" (or "College of"). */
function isUniversityOf(v: DocView, first: number, j: number): boolean {
  for (let i = first; i + 1 < j; i++) if ((v.keys[i] === 'university' || v.keys[i] === 'college') && v.keys[i + 1] === 'of' && !v.cap[i + 1]) return true;
  return false;
}

/** True when token i is a hyphen glued to the words on both sides ("Jong-un", not "Mexico - the"). */
export function isGluedHyphen(v: DocView, i: number): boolean {
  return v.glued[i] === 1;
}

export function isPossessive(v: DocView, i: number): boolean {
  const t = v.tokens[i];
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  return (c === 39 || c === 0x2019) && POSSESSIVE.test(t.text) && t.start === v.tokens[i - 1]?.end;
}

/** "T-shirt", "X-ray", "U-turn": a capital letter glued to a word is no name. */
function isLetterCompound(v: DocView, i: number): boolean {
  return v.tokens[i]!.text.length === 1 && isGluedHyphen(v, i + 1) && !v.cap[i + 2];
}

export function findRuns(v: DocView): Run[] {
  const runs: Run[] = [];
  const n = v.tokens.length;
  let i = 0;
  while (i < n) {
    if (!v.hard[i] && !v.soft[i] && !(v.cap[i] && DETERMINER_WORDS.has(v.keys[i]!))) {
      i++;
      continue;
    }
    // "al-Qaeda", "al-Ikhbariya television": the Arabic article, written lowercase and glued, opens the name.
    const first = i >= 2 && isGluedHyphen(v, i - 1) && ARABIC_ARTICLES.has(v.tokens[i - 2]!.text) && v.tokens[i - 2]!.sentence === v.tokens[i]!.sentence ? i - 2 : i;
    const sentence = v.tokens[i]!.sentence;
    let end = i + 1;
    let sawHard = v.hard[i] === 1;
    let onlySoft = !sawHard;
    for (;;) {
      const j = end;
      if (j >= n || v.tokens[j]!.sentence !== sentence) break;
      if (v.hard[j] && !isLetterCompound(v, j)) {
        end = j + 1;
        sawHard = true;
        onlySoft = false;
        continue;
      }
      // "Foreign Minister Luis Videgaray" at the start of a sentence: soft words may lead a name, never follow one.
      if (v.soft[j] && onlySoft && j - first < 3) {
        end = j + 1;
        continue;
      }
      if (isGluedHyphen(v, j)) {
        const next = j + 1;
        // "Jong-un", "Lung-bin", "Chi-chuen" join; "US-backed", "Obama-era" do not.
        const suffix = v.keys[next]!;
        // Short syllables on both sides make a romanised given name even when the second is an English word ("hung").
        const syllables = suffix.length <= 4 && v.tokens[j - 1]!.text.length <= 5;
        const lowerJoins = !v.cap[next] && !isAcronym(v.tokens[j - 1]!.text) && !HYPHEN_SUFFIX_WORDS.has(suffix) && (syllables || !isCommonWord(suffix));
        if (v.hard[next] || v.soft[next] || lowerJoins) {
          end = next + 1;
          if (v.hard[next]) sawHard = true;
          continue;
        }
        break;
      }
      const key = v.keys[j]!;
      // "University of North Carolina at Greensboro": a campus, named after "at".
      if (key === 'at' && !v.cap[j] && v.hard[j + 1] && isUniversityOf(v, first, j) && v.tokens[j + 1]!.sentence === sentence) {
        end = j + 2;
        continue;
      }
      // "Council on American - Islamic Relations": two nationalities or faiths joined by a spaced dash.
      if (SPACED_DASHES.has(v.tokens[j]!.text) && v.hard[j + 1] && isDemonym(v.keys[j - 1]!) && isDemonym(v.keys[j + 1]!) && v.tokens[j + 1]!.sentence === sentence) {
        end = j + 2;
        continue;
      }
      // "Korean People's Army", "New People's Party": a plural of people inside an organisation's name.
      // The bare apostrophe ("Parents' Association") also opens quotes, so the word after it may count as soft.
      if (isPossessive(v, j) && PEOPLE_NOUNS.has(v.keys[j - 1]!) && (v.hard[j + 1] || v.soft[j + 1]) && v.tokens[j + 1]!.sentence === sentence) {
        end = j + 2;
        continue;
      }
      if (!v.cap[j] && (CONNECTOR_WORDS.has(key) || key === '&')) {
        // Connectors join only when a hard name word follows: "of the American Revolution". A bare "the" joins
        // nothing ("Rathbun the Scientology defector").
        if (key === 'the') break;
        // "on" belongs to "Council on Foreign Relations", not to "Trump on Monday".
        if (key === 'on' && !ORG_HEAD_WORDS.has(v.keys[j - 1]!) && !ORG_LEAD_WORDS.has(v.keys[j - 1]!)) break;
        let k = j + 1;
        while (k < n && k - j < 3 && !v.cap[k] && CONNECTOR_WORDS.has(v.keys[k]!)) k++;
        // "Abdel Fattah el-Sissi", "Bashar al-Assad".
        if (k === j + 1 && isGluedHyphen(v, k) && v.hard[k + 1]) k++;
        if (k < n && v.hard[k] && v.tokens[k]!.sentence === sentence) {
          end = k + 1;
          sawHard = true;
          onlySoft = false;
          continue;
        }
        break;
      }
      // "Washington, D.C." keeps its comma, and ends there: "D.C." may end a sentence the tokenizer did not end.
      if (v.tokens[j]!.text === ',' && (v.keys[j + 1] === 'dc') && v.hard[j + 1]) {
        end = j + 2;
        break;
      }
      break;
    }
    if (sawHard) runs.push({ first, end });
    i = end;
  }
  return runs;
}
