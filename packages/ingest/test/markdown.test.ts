import { describe, expect, it } from 'vitest';
import { undoMarkdownLine } from '../src/markdown.js';

const md = (s: string): string => undoMarkdownLine(s).text;

describe('undoMarkdownLine', () => {
  it('undoes escapes, so a scraped "\\$212 million" reads "$212 million"', () => {
    expect(md('announced a \\$212 million deal')).toBe('announced a $212 million deal');
    expect(md('rates rose 5\\% and 3\\*2 \\_x\\_')).toBe('rates rose 5% and 3*2 _x_');
  });

  it('keeps link text and drops the address', () => {
    expect(md('[wsws.org/contact](https://www.wsws.org/contact)')).toBe('wsws.org/contact');
    expect(md('See [the report](https://example.org/a_(b)) today')).toBe('See the report today');
  });

  it('drops images and emphasis marks', () => {
    expect(md('![A protester](img.jpg) the *normalistas* and **students**')).toBe(' the normalistas and students');
    expect(md('a snake_case_name stays')).toBe('a snake_case_name stays');
  });

  it('leaves a line without markup characters as it was', () => {
    const line = 'He said “no” — twice — on 4/5, at 10:30 (local time).';
    expect(undoMarkdownLine(line)).toEqual({ text: line, heading: false, rule: false });
  });

  it('reads headings, quotes and bullets', () => {
    expect(undoMarkdownLine('## The Need to Fight')).toEqual({ text: 'The Need to Fight', heading: true, rule: false });
    expect(md('> “We will not pay,” he said.')).toBe('“We will not pay,” he said.');
    expect(md('- first point')).toBe('first point');
    expect(undoMarkdownLine('* * *').rule).toBe(true);
  });
});
