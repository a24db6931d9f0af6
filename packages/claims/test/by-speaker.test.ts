import { describe, expect, it } from 'vitest';
import type { Claim, DossierRecord, Entity } from '@dossier/core';
import { createClaimsBySpeaker, UNATTRIBUTED } from '../src/index.js';

function claim(id: string, text: string, speaker: { name: string | null; entity?: string | null; text: string } | null): Claim {
  return {
    id, kind: 'quote', start: 0, end: text.length, text, figures: [], sentence: 0,
    cue: { start: 0, end: 4, text: 'said', lemma: 'say' },
    speaker: speaker ? { name: speaker.name, entity: speaker.entity ?? null, start: 0, end: speaker.text.length, text: speaker.text } : null,
  };
}

function record(id: string, date: string | null, claims: Claim[], entities: Entity[] = []): DossierRecord {
  return {
    id, source: id, sha256: '', format: 'txt', encoding: 'utf-8', title: null, byline: null, date, url: null, text: '',
    paragraphs: [], sentences: [], notes: [], entities, figures: [], claims,
    stats: { chars: 0, paragraphs: 0, sentences: 0, tokens: 0, entities: 0, mentions: 0, figures: 0, claims: claims.length },
  };
}

const sheinbaum = (id: string): Entity => ({ id, type: 'PERSON', name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'], role: 'President', mentions: [] });

describe('createClaimsBySpeaker', () => {
  const records = [
    record('b-undated', null, [claim('c1', 'We will never be subordinate.', { name: 'Claudia Sheinbaum', entity: 'e2', text: 'she' })], [sheinbaum('e2')]),
    record('a-2025', '2025-05-01', [
      claim('c2', 'It is not worth it.', { name: 'Claudia Sheinbaum', entity: 'e1', text: 'Sheinbaum' }),
      claim('c10', 'Why create a disagreement?', { name: 'Claudia Sheinbaum', entity: 'e1', text: 'she' }),
      claim('c3', 'The call was friendly.', { name: null, text: 'an anonymous White House official' }),
      claim('c4', 'A quote from nowhere.', null),
      claim('c5', 'It has no intention of reviewing the matter.', { name: null, text: 'it' }),
    ], [sheinbaum('e1')]),
    record('c-2017', '2017-02-04', [
      claim('c1', 'Peña Nieto had first posed the matter.', { name: 'Claudia Sheinbaum', entity: 'e1', text: 'Sheinbaum' }),
      claim('c2', 'The remark was lighthearted.', { name: null, text: 'An anonymous White House official' }),
    ], [sheinbaum('e1')]),
  ];

  it('groups a named speaker across articles and lists the claims by date, undated last, then by claim number', () => {
    const c = createClaimsBySpeaker();
    for (const r of records) c.add(r);
    const lines = [...c.results()];
    const s = lines.find((l) => l.speaker === 'Claudia Sheinbaum')!;
    expect(s.type).toBe('PERSON');
    expect(s.articleCount).toBe(3);
    expect(s.claims.map((x) => `${x.article}/${x.claim}`)).toEqual(['c-2017/c1', 'a-2025/c2', 'a-2025/c10', 'b-undated/c1']);
    expect(s.claims[3]!.speakerText).toBe('she');
  });

  it('groups unnamed sources by their words, and sources-less claims under one line listed last', () => {
    const c = createClaimsBySpeaker();
    for (const r of records) c.add(r);
    const lines = [...c.results()];
    const official = lines.find((l) => l.speaker === 'anonymous white house official')!;
    expect(official.type).toBeNull();
    expect(official.claims.map((x) => x.article)).toEqual(['c-2017', 'a-2025']);
    const last = lines[lines.length - 1]!;
    expect(last.speaker).toBe(UNATTRIBUTED);
    expect(last.claims.map((x) => x.text)).toEqual(['A quote from nowhere.', 'It has no intention of reviewing the matter.']);
  });

  it('does not depend on the order the articles arrive in', () => {
    const forward = createClaimsBySpeaker();
    const backward = createClaimsBySpeaker();
    for (const r of records) forward.add(r);
    for (const r of [...records].reverse()) backward.add(r);
    expect(JSON.stringify([...backward.results()])).toBe(JSON.stringify([...forward.results()]));
  });
});
