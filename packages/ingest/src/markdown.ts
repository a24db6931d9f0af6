/**
 * Undoes markdown syntax in one line of scraped text. Scrapers often emit markdown even in
 * `.txt` files (`\$212 million`, `*normalistas*`, `[wsws.org/contact](https://...)`), so this runs
 * on every plain-text input; the result is what a reader of the page saw.
 */

const IMAGE = /!\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g;
const LINK = /(?<!\\)\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g;
const REF_LINK = /(?<!\\)\[([^\]]+)\]\[[^\]]*\]/g;
const STRONG = /(?<![\\\w*])(\*\*|__)(?=\S)([^]*?\S)\1(?![\w*])/g;
const EMPHASIS = /(?<![\\\w*])([*_])(?=[^\s*_])([^*_]*?[^\s\\*_])\1(?![\w*])/g;
const CODE = /(?<!\\)`([^`]+)`/g;
// CommonMark lets any ASCII punctuation be escaped with a backslash.
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+\s*)?$/;
const QUOTE_MARK = /^\s{0,3}>\s?/;
const BULLET = /^\s{0,3}(?:[-*+•]|\d{1,3}[.)])\s+(?=\S)/;
const RULE = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$/;
/** Every inline pattern above needs one of these characters: most lines of prose have none. */
const INLINE_MARKUP = /[[*_`\\]/;

export interface MarkdownLine {
  text: string;
  /** The line was a markdown heading (`# Title`). */
  heading: boolean;
  /** The line was a horizontal rule or other pure markup. */
  rule: boolean;
}

export function undoMarkdownLine(line: string): MarkdownLine {
  if (RULE.test(line)) return { text: '', heading: false, rule: true };
  let heading = false;
  let text = line.replace(QUOTE_MARK, '');
  const h = HEADING.exec(text);
  if (h) {
    heading = true;
    text = h[1]!;
  }
  text = text.replace(BULLET, '');
  if (!INLINE_MARKUP.test(text)) return { text, heading, rule: false };
  text = text
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(REF_LINK, '$1')
    .replace(CODE, '$1')
    .replace(STRONG, '$2')
    .replace(EMPHASIS, '$2')
    .replace(ESCAPE, '$1');
  return { text, heading, rule: false };
}
