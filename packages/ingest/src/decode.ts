import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '@dossier/core';

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: string;
}

/** Magic numbers of formats that are not text, so a renamed image or archive is named in the error. */
const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

/** Share of control bytes (other than tab, CR, LF, FF) in the first 8 KB: text has none. */
function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n === 0 ? 0 : control / n;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes raw bytes into a string: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8,
 * then the encoding chardet detects (Latin-1 / Windows-1252 pages are common in old archives).
 * Throws an InputError for empty, whitespace-only and binary input.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'the file is empty (0 bytes)');
  let decoded: Decoded;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = { text: strictDecode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8 (BOM)' };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le (BOM)' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be (BOM)' };
  } else {
    const kind = SIGNATURES.find(([, sig]) => startsWith(bytes, sig));
    if (kind) throw new InputError('binary', `not text: the bytes are a ${kind[0]}`);
    if (controlRatio(bytes) > 0.01) throw new InputError('binary', 'not text: the file holds binary control bytes');
    decoded = decodeUnmarked(bytes);
  }
  if (decoded.text.trim() === '') throw new InputError('empty', 'the file holds only whitespace');
  return decoded;
}

function strictDecode(bytes: Uint8Array, label: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new InputError('encoding', `the bytes claim ${label} but are not valid ${label}`);
  }
}

function decodeUnmarked(bytes: Uint8Array): Decoded {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: ask chardet. ISO-8859-1 is read as its superset Windows-1252, which is what
    // pages labelled Latin-1 almost always are (curly quotes in 0x80-0x9F).
    const guess = (chardet.detect(bytes) ?? 'windows-1252').toLowerCase();
    const encoding = guess === 'iso-8859-1' || guess === 'ascii' ? 'windows-1252' : guess;
    if (!iconv.encodingExists(encoding)) {
      return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
    }
    return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
  }
}
