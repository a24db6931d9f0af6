import { describe, expect, it } from 'vitest';
import { offsetMap, sliceCodePoints } from '../src/codepoints.js';

describe('offsetMap', () => {
  it('is the identity for text without characters outside the BMP', () => {
    const m = offsetMap('Peña Nieto — “quoted”');
    expect(m.toCodePoint(10)).toBe(10);
    expect(m.fromCodePoint(10)).toBe(10);
    expect(m.length).toBe(21);
  });

  it('counts an emoji as one code point and two UTF-16 units', () => {
    // "👍 Trump": the name starts at JS index 3, code point 2.
    const text = '👍 Trump';
    const m = offsetMap(text);
    expect(text.indexOf('Trump')).toBe(3);
    expect(m.toCodePoint(3)).toBe(2);
    expect(m.fromCodePoint(2)).toBe(3);
    expect(m.length).toBe(7);
  });

  it('round-trips every boundary in a text with several astral characters', () => {
    const text = '📣 a 👍👍 b 𝑺𝒊 c';
    const m = offsetMap(text);
    const cps = Array.from(text);
    for (let cp = 0; cp <= cps.length; cp++) {
      const js = m.fromCodePoint(cp);
      expect(text.slice(0, js)).toBe(cps.slice(0, cp).join(''));
      expect(m.toCodePoint(js)).toBe(cp);
    }
  });

  it('slices by code points the way Python does', () => {
    expect(sliceCodePoints('👍 Trump', 2, 7)).toBe('Trump');
  });
});
