import { describe, expect, it } from 'vitest';
import { joinBrokenSentences, normalizeText, removeFurniture, textToUnits } from '../src/clean.js';
import { furnitureKind } from '../src/furniture.js';

const clean = (page: string): string[] => removeFurniture(joinBrokenSentences(textToUnits(page))).units.map((u) => u.text);

const PARA = (n: number): string =>
  `Paragraph ${n} of the report says that the river rose by more than two metres overnight, forcing the evacuation of several villages along its banks, and officials said the water would not recede before the weekend.`;

// A page shaped like the scraped ones the product sees, but none of its strings come from the seed corpus.
const PAGE = [
  'Skip to main content',
  '_',
  'Share on Facebook Share on Twitter Email',
  '',
  'Floods force thousands from their homes in the river valley',
  '',
  'Photo: Ana Ruiz/Reuters',
  '',
  PARA(1),
  '',
  'Advertisement',
  '',
  PARA(2),
  '',
  'The minister called it "the worst',
  '',
  'flood in living memory," and promised help.',
  '',
  PARA(3),
  '',
  PARA(4),
  '',
  'Subscribe to our daily newsletter to get the news first',
  '',
  'Votre abonnement est utilisé sur un autre appareil et vous ne pouvez lire qu’un seul article à la fois sur ce site.',
  '',
  'Pourquoi voyez-vous ceci ?',
  '',
  'Most read',
  '',
  'Storm warnings issued for the coast',
  '',
  'Meteorologists expect strong winds along the coast through the weekend, with gusts that could reach record levels in some towns.',
  '',
  'Maria Lopez',
  '',
  'March 3, 2024',
  '',
  'Bridge reopens after repairs',
  '',
  'The old bridge reopened to traffic on Monday after eight months of repairs that cost far more than the city had planned.',
  '',
  'John Smith',
  '',
  'March 2, 2024',
].join('\n');

describe('removeFurniture', () => {
  const kept = clean(PAGE);

  it('keeps the title and every paragraph of the article, in order', () => {
    expect(kept[0]).toBe('Floods force thousands from their homes in the river valley');
    for (const n of [1, 2, 3, 4]) expect(kept).toContain(PARA(n));
  });

  it('removes navigation, share bars, lone underscores, adverts and credits', () => {
    for (const junk of ['Skip to main content', '_', 'Share on Facebook Share on Twitter Email', 'Advertisement', 'Photo: Ana Ruiz/Reuters']) {
      expect(kept).not.toContain(junk);
    }
  });

  it('ends the article at the newsletter prompt: the other-language paywall and teasers after it are gone', () => {
    expect(kept[kept.length - 1]).toBe(PARA(4));
    expect(kept.join('\n')).not.toMatch(/abonnement|Pourquoi|Most read|Storm warnings|Bridge reopens|March 3, 2024/);
  });

  it('joins a sentence the scraper broke with a blank line', () => {
    expect(kept).toContain('The minister called it "the worst flood in living memory," and promised help.');
  });

  it('cuts a list of teaser articles (headline, summary, author, date) even without an end marker', () => {
    const page = PAGE.replace('Subscribe to our daily newsletter to get the news first', '');
    const texts = clean(page);
    expect(texts.join('\n')).not.toMatch(/Storm warnings|Meteorologists|Maria Lopez|Bridge reopens/);
    expect(texts).toContain(PARA(4));
  });

  it('removes a paragraph in another language than the article, and short lines between such paragraphs', () => {
    const page = [PARA(1), '', PARA(2), '', 'Su suscripción se está usando en otro dispositivo y solo puede leer desde un dispositivo a la vez.', '', '¿Por qué?', '', 'Si quiere compartir su cuenta, cambie su suscripción a la modalidad que permite añadir otro usuario.', '', PARA(3)].join('\n');
    const texts = clean(page);
    expect(texts).toEqual([PARA(1), PARA(2), PARA(3)]);
  });

  it('keeps an English sentence that names things in other languages', () => {
    const line = 'The statement was published in Spanish by La Jornada and El Universal de México on Tuesday.';
    expect(clean([PARA(1), '', line, '', PARA(2)].join('\n'))).toContain(line);
  });

  it('drops a caption printed twice and a contact footer', () => {
    const caption = 'A woman carries water through a flooded street in the old town. CREDIT: Ana Ruiz/Getty Images.';
    const texts = clean([PARA(1), '', caption, caption, '', PARA(2), '', PARA(3), '', 'To contact the newsroom, visit:', '', 'example.org/contact'].join('\n'));
    expect(texts).toEqual([PARA(1), PARA(2), PARA(3)]);
  });
});

describe('furnitureKind', () => {
  it.each([
    ['Facebook Instagram Twitter YouTube', 'share-bar'],
    ['Facebook Twitter Share', 'share-bar'],
    ['Skip to content', 'interface'],
    ['Archived In', 'interface'],
    ['_', 'markup'],
    ['Sign up for our weekly newsletter to get more coverage', 'subscription'],
    ['To contact the editors and the publisher visit:', 'contact'],
    ['www.example.org/contact', 'link'],
    ['Kim Doe/AFP/Getty', 'credit'],
    ['Image: Joe Bloggs/AP', 'credit'],
    ['Translation by Ana Gomez', 'credit'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    'It worked.',
    'The Need to Fight',
    'Twitter said the account had been suspended for violating its rules.',
    'Related to the dispute, the ministry said it would appeal.',
    'Comments by the minister drew criticism from the opposition.',
  ])('%s is article text', (line) => {
    expect(furnitureKind(line)).toBeNull();
  });
});

describe('normalizeText', () => {
  it('applies NFC, unifies line ends and plain spaces, drops invisible characters', () => {
    expect(normalizeText('Pen\u0303a\r\nU.S.\u00a0troops\u200b  here \r')).toBe('Peña\nU.S. troops here\n');
  });
});
