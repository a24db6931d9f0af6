import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/quotes.js';
import { article } from './helpers.js';

const quotes = (text: string): string[] => findQuotes(text, article(text).paragraphs).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it('pairs curly quotes and keeps the punctuation inside the closing mark', () => {
    expect(quotes('“You have a bunch of bad hombres down there,” Trump told Peña Nieto.')).toEqual(['You have a bunch of bad hombres down there,']);
  });

  it('pairs straight quotes, telling an opening mark from a closing one by its neighbours', () => {
    const text = '"We need more time," Ruiz said, calling the delay "purely procedural."';
    expect(quotes(text)).toEqual(['We need more time,', 'purely procedural.']);
  });

  it('keeps apostrophes inside words and after plurals out of the quotes', () => {
    const text = "“It’s not that we don’t want support,” the president said of the students’ demands.";
    expect(quotes(text)).toEqual(['It’s not that we don’t want support,']);
  });

  it('finds a quote nested in single marks inside a double-quoted one, after its parent', () => {
    const text = '“[Trump] has suggested it, saying, ‘We offer you a U.S. military intervention.’ But I have told him no,” she said.';
    const found = findQuotes(text, article(text).paragraphs);
    expect(found.map((q) => text.slice(q.start, q.end))).toEqual([
      '[Trump] has suggested it, saying, ‘We offer you a U.S. military intervention.’ But I have told him no,',
      'We offer you a U.S. military intervention.',
    ]);
    expect(found[1]!.parent).toBe(0);
  });

  it('runs a quote on into the next paragraph when that paragraph reopens it', () => {
    const text = '“This is the worst budget in a generation,” said Lopez. “It is an attack on working people.\n\n“We will not stand by and watch.”';
    expect(quotes(text)).toEqual(['This is the worst budget in a generation,', 'It is an attack on working people.\n\n“We will not stand by and watch.']);
  });

  it('joins a quote across a line the scraper broke with a blank line', () => {
    const text = 'He praised the so-called “energy\n\nreform” of the government.';
    expect(quotes(text)).toEqual(['energy\n\nreform']);
  });

  it('ends a quote that never closes with its paragraph, so it cannot swallow the next one', () => {
    const text = '“The administration has been clear from the start, she said.\n\nThe talks resumed on Monday, officials said.';
    const found = findQuotes(text, article(text).paragraphs);
    expect(found).toHaveLength(1);
    expect(found[0]!.closed).toBe(false);
    expect(found[0]!.end).toBeLessThanOrEqual(text.indexOf('\n\n'));
  });

  it('reads single marks as quotes in copy that uses no double marks', () => {
    expect(quotes("'We are very worried,' said Anne Hall, a resident. 'Nobody listens to us.'")).toEqual(['We are very worried,', 'Nobody listens to us.']);
  });

  it('reads closed single-mark quotes outside double quotes in mixed copy, but no lone apostrophe', () => {
    const text = "The mayor's office said \"no comment.\" 'We are very worried,' said Anne Hall. Rock 'n' roll isn't dead.";
    expect(quotes(text)).toEqual(['no comment.', 'We are very worried,']);
  });

  it('survives stray marks and empty quotes without throwing', () => {
    for (const text of ['”', '“', '""', '“”', 'a ” b “ c', "'", '“ “ ” ”', '"\n\n"']) {
      expect(() => findQuotes(text, article(text).paragraphs)).not.toThrow();
    }
  });
});
