import { describe, expect, it } from 'vitest';
import type { Article } from '@dossier/core';
import { tokenize } from '../src/tokenize.js';

const article = (text: string): Article => ({
  id: 't', source: 't', sha256: '0'.repeat(64), format: 'txt', encoding: 'utf-8', title: null, byline: null, date: null, url: null,
  text, paragraphs: [{ start: 0, end: text.length }], notes: [],
});
const sentences = (text: string): string[] => tokenize(article(text)).sentences.map((s) => text.slice(s.start, s.end));
const tokens = (text: string): string[] => tokenize(article(text)).tokens.map((t) => t.text);

describe('tokenize', () => {
  it('gives offsets that slice exactly, across contractions, curly quotes, accents and dashes', () => {
    const text = '“You aren’t doing enough,” Trump told Peña Nieto—twice. Sánchez can’t confirm it; it’s 80% “lighthearted.”';
    const doc = tokenize(article(text));
    expect(doc.tokens.length).toBeGreaterThan(20);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of doc.sentences) expect(s.end).toBeGreaterThan(s.start);
  });

  it('keeps "U.S." and initials in one token and one sentence', () => {
    expect(tokens('The U.S. government named John F. Kelly.')).toContain('U.S.');
    expect(sentences('Commander John F. Kelly said so. The U.S. government agreed.')).toEqual(['Commander John F. Kelly said so.', 'The U.S. government agreed.']);
  });

  it('ends a sentence after a closing quote that follows a full stop', () => {
    expect(sentences('He said it “did not happen.” According to this account, the talks went on.')).toEqual([
      'He said it “did not happen.”',
      'According to this account, the talks went on.',
    ]);
  });

  it('does not end a sentence at ?” when the attribution follows in lowercase', () => {
    expect(sentences('“Why create a disagreement?” she asked. Then she left.')).toEqual(['“Why create a disagreement?” she asked.', 'Then she left.']);
    expect(sentences('“Is it over?” asked the minister.')).toEqual(['“Is it over?” asked the minister.']);
  });

  it('makes headings and bylines sentences of their own', () => {
    const text = 'Floods hit the valley\n\nBy Ana Ruiz\n\nThe river rose overnight. Villages were evacuated.';
    expect(sentences(text)).toEqual(['Floods hit the valley', 'By Ana Ruiz', 'The river rose overnight.', 'Villages were evacuated.']);
  });

  it('never lets a sentence cross a line break', () => {
    expect(sentences('A line without a stop\nThe next line')).toEqual(['A line without a stop', 'The next line']);
  });

  it('handles non-breaking spaces and a text that starts with blank lines', () => {
    const text = '\n\nPresident\u00a0Obama met 43\u00a0students.';
    const doc = tokenize(article(text));
    expect(doc.sentences).toHaveLength(1);
    expect(doc.tokens.map((t) => t.text)).toEqual(['President', 'Obama', 'met', '43', 'students', '.']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('places tokens after thin and narrow no-break spaces', () => {
    const text = 'Lyon\u2009and\u202fNice said\u00a0\u00a0no.';
    const doc = tokenize(article(text));
    expect(doc.tokens.slice(0, 4).map((t) => [t.text, t.start, t.end])).toEqual([['Lyon', 0, 4], ['and', 5, 8], ['Nice', 9, 13], ['said', 14, 18]]);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps exact offsets when the model drops characters (byte-order mark, ideographic space, line separator)', () => {
    const text = '\ufeffPrices rose\u3000sharply in Paris.\u2028Then they fell.';
    const doc = tokenize(article(text));
    expect(doc.tokens.map((t) => t.text)).toEqual(['Prices', 'rose', 'sharply', 'in', 'Paris', '.', 'Then', 'they', 'fell', '.']);
    expect(doc.tokens[0]!.start).toBe(1);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Prices rose\u3000sharply in Paris.', 'Then they fell.']);
  });

  it('numbers each token with its sentence and exposes the model\'s value spans', () => {
    const doc = tokenize(article('It cost $212 million. About 80 percent agreed.'));
    expect(doc.tokens.filter((t) => t.sentence === 1).map((t) => t.text)).toEqual(['About', '80', 'percent', 'agreed', '.']);
    expect(doc.values.map((v) => [v.type, v.text])).toEqual(expect.arrayContaining([['MONEY', '$212 million'], ['PERCENT', 'About 80 percent']]));
  });
});
