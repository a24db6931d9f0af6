import { describe, expect, it } from 'vitest';
import { figure } from './helpers.js';

describe('scope', () => {
  it('takes a time phrase after the figure, with its preposition', () => {
    const s = 'The war has left over 166,000 dead and some 28,000 disappeared in the past decade alone.';
    expect(figure('over 166,000', s).scope).toBe('in the past decade');
    expect(figure('some 28,000', s).scope).toBe('in the past decade');
    expect(figure('at least 200,000', 'There have been at least 200,000 deaths since 2006.').scope).toBe('since 2006');
    expect(figure('more than 250,000', 'The drug war has killed more than 250,000 people in Mexico since 2006.').scope).toBe('in Mexico since 2006');
  });

  it('takes a time phrase before the figure in the same clause', () => {
    expect(figure('80,500', 'Since December, the Mexican government has deported 80,500 migrants.').scope).toBe('Since December');
    expect(figure('nearly 800,000', 'It is expected that by the end of 2019 nearly 800,000 people will leave.').scope).toBe('by the end of 2019');
    expect(figure('roughly 3,500', 'Officials said roughly 3,500 soldiers would be deployed to the border by the end of the month.').scope).toBe('by the end of the month');
  });

  it('takes a place phrase, including "the town of" and lists of places', () => {
    expect(figure('43', 'Police killed six students and another 43 disappeared in the town of Iguala.').scope).toBe('in the town of Iguala');
    expect(figure('some 36', 'The plan covers some 36 municipalities in the states of Guerrero, Michoacan, México and Morelos, with more troops.').scope)
      .toBe('in the states of Guerrero, Michoacan, México and Morelos');
  });

  it('leaves out dates that modify a noun, possessive dates and other clauses', () => {
    expect(figure('25 years', 'He was sentenced to 25 years in prison for his role in the 2008 attacks.').scope).toBeNull();
    expect(figure('22', 'From last June’s massacre of 22 by the army to reports of torture.').scope).toBe('last June');
    expect(figure('$212 million', 'China announced a $212 million deal, brokered by Carlos Slim, to begin assembling cars in the state of Hidalgo.').scope).toBeNull();
    expect(figure('15 percent', 'Only 15 percent of the applicants were accepted, compared with 22 percent last year.').scope).toBeNull();
  });

  it('does not treat a name before a noun as a place', () => {
    expect(figure('At least six', 'At least six children have died in ICE custody since September, 2018.').scope).toBe('since September, 2018');
  });
});
