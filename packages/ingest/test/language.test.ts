import { describe, expect, it } from 'vitest';
import { isOtherLanguage, mainLanguage } from '../src/language.js';

const EN = 'The minister said on Tuesday that the talks with the unions would resume next week, after a pause of almost a month.';
const ES = 'El ministro dijo el martes que las negociaciones con los sindicatos se reanudarán la próxima semana, tras una pausa de casi un mes.';
const DE = 'Der Minister sagte am Dienstag, dass die Gespräche mit den Gewerkschaften nächste Woche nach einer Pause von fast einem Monat fortgesetzt werden.';

describe('mainLanguage', () => {
  it('reads English from its function words, whatever the case', () => {
    expect(mainLanguage([EN, EN])).toBe('eng');
    const shouted = EN.toUpperCase();
    expect(mainLanguage([shouted])).toBe('eng');
  });

  it('asks the language model when the function words are not English', () => {
    expect(mainLanguage([ES])).toBe('spa');
    expect(mainLanguage([DE])).toBe('deu');
  });

  it('does not guess from too little text', () => {
    expect(mainLanguage(['Short.', 'Also short.'])).toBe('und');
  });
});

describe('isOtherLanguage', () => {
  it('flags a Spanish or German block under an English article', () => {
    expect(isOtherLanguage(ES, 'eng')).toBe(true);
    expect(isOtherLanguage(DE, 'eng')).toBe(true);
  });

  it('keeps English that names things in other languages, with accents, curly quotes and dashes', () => {
    expect(isOtherLanguage('Peña Nieto’s “Pacto por México” — signed in Ciudad de México with Ángel Gurría — was hailed by the OECD.', 'eng')).toBe(false);
    expect(isOtherLanguage(EN, 'eng')).toBe(false);
  });

  it('flags English under a Spanish article', () => {
    expect(isOtherLanguage(EN, 'spa')).toBe(true);
  });
});
