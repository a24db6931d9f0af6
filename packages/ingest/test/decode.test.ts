import { describe, expect, it } from 'vitest';
import { InputError } from '@dossier/core';
import { decodeBytes } from '../src/decode.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const reasonOf = (input: Uint8Array): string => {
  try {
    decodeBytes(input);
    return 'decoded';
  } catch (e) {
    return e instanceof InputError ? e.reason : 'other';
  }
};

describe('decodeBytes', () => {
  it('reads plain UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('Peña Nieto said “no”.'))).toEqual({ text: 'Peña Nieto said “no”.', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark and says so', () => {
    const d = decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x48, 0x69));
    expect(d.text).toBe('Hi');
    expect(d.encoding).toBe('utf-8 (BOM)');
  });

  it('reads UTF-16 with a byte-order mark, both byte orders', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sánchez said', 'utf16le')]);
    expect(decodeBytes(le)).toEqual({ text: 'Sánchez said', encoding: 'utf-16le (BOM)' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe('Sánchez said');
  });

  it('detects Windows-1252 text (curly quotes and accents) and decodes it', () => {
    // “Mexico’s army,” said José — as an old archive page stores it in Windows-1252.
    const cp1252 = bytes(0x93, 0x4d, 0x65, 0x78, 0x69, 0x63, 0x6f, 0x92, 0x73, 0x20, 0x61, 0x72, 0x6d, 0x79, 0x2c, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x4a, 0x6f, 0x73, 0xe9, 0x2e);
    const d = decodeBytes(cp1252);
    expect(d.text).toBe('“Mexico’s army,” said José.');
    expect(d.encoding).not.toMatch(/^utf/);
  });

  it('rejects empty and whitespace-only input as empty', () => {
    expect(reasonOf(bytes())).toBe('empty');
    expect(reasonOf(new TextEncoder().encode(' \n\t\r\n  '))).toBe('empty');
  });

  it('rejects images and other binaries renamed to .txt', () => {
    expect(reasonOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe('binary');
    expect(reasonOf(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('binary');
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(reasonOf(noise)).toBe('binary');
  });
});
