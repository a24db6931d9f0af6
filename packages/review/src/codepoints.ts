/**
 * Dossier offsets are JS string indices (UTF-16 code units). Prodigy, doccano, brat and Label Studio
 * (since its fix for emoji offsets, label-studio-frontend#308) count Unicode code points, as Python
 * does. The two differ after any character outside the BMP: in "👍 Trump" the name starts at JS
 * index 3 but code point 2. This converts in both directions.
 */
export interface OffsetMap {
  /** UTF-16 index → code point index. */
  toCodePoint(index: number): number;
  /** Code point index → UTF-16 index. */
  fromCodePoint(index: number): number;
  /** Length of the text in code points. */
  readonly length: number;
}

export function offsetMap(text: string): OffsetMap {
  // Positions (UTF-16) of the low surrogates of astral characters, in order; usually none.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) astral.push(++i);
    }
  }
  const length = text.length - astral.length;
  if (astral.length === 0) return { toCodePoint: (i) => i, fromCodePoint: (i) => i, length };
  return {
    length,
    toCodePoint(index) {
      let lo = 0;
      let hi = astral.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (astral[mid]! < index) lo = mid + 1;
        else hi = mid;
      }
      return index - lo;
    },
    fromCodePoint(index) {
      // Each astral character before the result adds one code unit.
      let i = index;
      for (const pos of astral) {
        if (pos <= i) i++;
        else break;
      }
      return i;
    },
  };
}

/** `text` sliced by code point offsets, the way Python's `text[start:end]` reads an export. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
