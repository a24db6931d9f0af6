import type { Unit } from './clean.js';
import { datePrefixLength, isDateLine, toIsoDate } from './dates.js';

export interface Header {
  title: string | null;
  byline: string | null;
  date: string | null;
  /** The units that make the article: the title first (when there is one), then the body. */
  units: Unit[];
}

export interface KnownMetadata {
  title?: string | null;
  byline?: string | null;
  date?: string | null;
}

const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|(?:van|von|de|del|della|da|di|dos|du|la|le|bin|ibn|al|ter|ten))";
const PERSON_NAME = `\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_WORD}){1,4}`;
/** "Clodomiro Puentes", "By Bill Van Auken", "Jane Doe and John Roe", "By Jane Doe, Reuters". */
const BYLINE = new RegExp(`^(?:[Bb]y\\s+)?(${PERSON_NAME}(?:\\s*(?:,|and|&)\\s*${PERSON_NAME})*)(?:\\s*[,|—–-]\\s*\\p{Lu}[\\p{L} ]{1,30})?$`, 'u');
const BY_PREFIX = /^by\s+/i;

/** A headline: short, not a sentence with a full stop, more than one word. */
function looksLikeTitle(u: Unit): boolean {
  if (u.heading) return true;
  const t = u.text;
  return t.length <= 220 && !/[.:;,]["”’)]*$/.test(t) && /\s/.test(t) && !isDateLine(t);
}

function bylineOf(t: string): string | null {
  if (t.length > 80 || /\d/.test(t)) return null;
  const m = BYLINE.exec(t);
  if (!m) return null;
  // Unprefixed, the line must be a name: every word capitalised (particles aside), two to five words.
  return BY_PREFIX.test(t) || m[0] === m[1] ? m[1]!.trim() : null;
}

/**
 * Finds the title, byline and date at the head of the article and takes the byline and date
 * lines out of the text (they are metadata, not article text). Metadata the input already
 * carries (HTML meta tags, JSONL fields) wins over what the text suggests.
 */
export function readHeader(input: readonly Unit[], known: KnownMetadata = {}): Header {
  let units: Unit[] = [];
  for (const u of input) units.push({ ...u });
  let title = known.title?.trim() || null;
  if (title) {
    const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
    const at = units.findIndex((u, i) => i < 3 && norm(u.text) === norm(title!));
    if (at >= 0) units.splice(at, 1);
  } else if (units[0] && looksLikeTitle(units[0])) {
    title = units[0].text;
    units = units.slice(1);
  }
  let byline = known.byline?.trim() || null;
  let date = known.date ? toIsoDate(known.date) : null;

  // The header: the lines between the title and the first paragraph of prose.
  const body: Unit[] = [];
  let inHeader = true;
  for (const u of units) {
    if (inHeader && u.text.length <= 80) {
      if (isDateLine(u.text)) {
        date ??= toIsoDate(u.text);
        continue;
      }
      const name = bylineOf(u.text);
      if (name) {
        byline ??= name;
        continue;
      }
    }
    if (inHeader) {
      const prefix = datePrefixLength(u.text);
      if (prefix > 0) {
        date ??= toIsoDate(u.text.slice(0, prefix));
        body.push({ text: u.text.slice(prefix).trim(), heading: false });
        inHeader = false;
        continue;
      }
    }
    if (u.text.length > 80) inHeader = false;
    body.push(u);
  }
  const withTitle = title ? [{ text: title, heading: true }, ...body] : body;
  return { title, byline, date, units: withTitle };
}
