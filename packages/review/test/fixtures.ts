/**
 * Hand-built records for the review tests. The texts are written for these tests (not the seeds);
 * every annotation is given as the words it covers and located in the text here, so the offsets
 * are right by construction, and the tests still check each span against the text.
 */
import { createHash } from 'node:crypto';
import type { Claim, DossierRecord, Entity, EntityType, Figure, Span } from '@dossier/core';

const WORD = /[\p{L}\p{N}]/u;

/** Where the nth whole-word occurrence of `needle` is in `text` ("he" is not the "he" of "the"). */
export function at(text: string, needle: string, nth = 0): Span {
  let seen = -1;
  for (let from = text.indexOf(needle); from >= 0; from = text.indexOf(needle, from + 1)) {
    const before = text[from - 1] ?? ' ';
    const after = text[from + needle.length] ?? ' ';
    if ((WORD.test(needle[0]!) && WORD.test(before)) || (WORD.test(needle[needle.length - 1]!) && WORD.test(after))) continue;
    if (++seen === nth) return { start: from, end: from + needle.length, text: needle };
  }
  throw new Error(`fixture: ${JSON.stringify(needle)} #${nth} not in text`);
}

type Where = string | [string, number];
const loc = (text: string, w: Where): Span => (typeof w === 'string' ? at(text, w) : at(text, w[0], w[1]));

interface EntitySpec {
  type: EntityType;
  name: string;
  role?: string;
  mentions: Where[];
}
interface FigureSpec {
  at: Where;
  value: number;
  unit?: string;
  counted?: string;
  event?: string;
  qualifier?: string;
  scope?: string;
}
interface ClaimSpec {
  at: Where;
  kind: 'quote' | 'reported';
  speaker?: { at: Where; name: string | null };
  cue?: { at: Where; lemma: string };
}
interface RecordSpec {
  id: string;
  title: string | null;
  byline?: string | null;
  date: string | null;
  url?: string | null;
  text: string;
  entities?: EntitySpec[];
  figures?: FigureSpec[];
  claims?: ClaimSpec[];
}

export function makeRecord(spec: RecordSpec): DossierRecord {
  const { text } = spec;
  const sentenceAt = (start: number): number => text.slice(0, start).split(/[.!?]\s/u).length - 1;
  const entities: Entity[] = (spec.entities ?? [])
    .map((e) => {
      const mentions = e.mentions.map((m) => loc(text, m)).sort((a, b) => a.start - b.start);
      const forms = [...new Set(mentions.map((m) => m.text))].filter((f) => f !== e.name).sort();
      return { id: '', type: e.type, name: e.name, aliases: forms, role: e.role ?? null, mentions };
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((e, i) => ({ ...e, id: `e${i + 1}` }));
  const figures: Figure[] = (spec.figures ?? [])
    .map((f) => {
      const s = loc(text, f.at);
      return {
        id: '',
        ...s,
        value: f.value,
        unit: f.unit ?? null,
        counted: f.counted ?? null,
        event: f.event ?? null,
        qualifier: f.qualifier ?? null,
        approximate: !!f.qualifier,
        scope: f.scope ?? null,
        sentence: sentenceAt(s.start),
      };
    })
    .sort((a, b) => a.start - b.start)
    .map((f, i) => ({ ...f, id: `f${i + 1}` }));
  const claims: Claim[] = (spec.claims ?? [])
    .map((c) => {
      const s = loc(text, c.at);
      const speaker = c.speaker ? loc(text, c.speaker.at) : null;
      const entity = c.speaker?.name ? (entities.find((e) => e.name === c.speaker!.name)?.id ?? null) : null;
      return {
        id: '',
        ...s,
        kind: c.kind,
        speaker: speaker ? { ...speaker, name: c.speaker!.name, entity } : null,
        cue: c.cue ? { ...loc(text, c.cue.at), lemma: c.cue.lemma } : null,
        figures: figures.filter((f) => f.start >= s.start && f.end <= s.end).map((f) => f.id),
        sentence: sentenceAt(s.start),
      };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((c, i) => ({ ...c, id: `c${i + 1}` }));
  const paragraphs: DossierRecord['paragraphs'] = [];
  let p = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ start: p, end: p + part.length });
    p += part.length + 2;
  }
  return {
    id: spec.id,
    source: `fixtures/${spec.id}.txt`,
    sha256: createHash('sha256').update(text).digest('hex'),
    format: 'txt',
    encoding: 'utf-8',
    title: spec.title,
    byline: spec.byline ?? null,
    date: spec.date,
    url: spec.url ?? null,
    text,
    paragraphs,
    sentences: paragraphs,
    entities,
    figures,
    claims,
    notes: [],
    stats: {
      chars: text.length,
      paragraphs: paragraphs.length,
      sentences: paragraphs.length,
      tokens: text.split(/\s+/u).length,
      entities: entities.length,
      mentions: entities.reduce((n, e) => n + e.mentions.length, 0),
      figures: figures.length,
      claims: claims.length,
    },
  };
}

const CALL = `Trump threatens to send troops to Mexico

WASHINGTON — President Donald Trump told Mexican President Enrique Peña Nieto that the US military could take care of "bad hombres" if Mexico's army did not, according to The Associated Press.

The drug war has left over 166,000 dead in the past decade and some 28,000 people missing, officials said.

"You have a bunch of bad hombres down there," Trump told Peña Nieto. "You aren't doing enough to stop them."

"We had a productive and constructive call. Both leaders agreed to keep talking.

Our border is 2,000 miles long and we will manage it together," Peña Nieto said in a statement.`;

/** A call transcript story: nested claims (a reported claim inside another), a quote over two paragraphs, figures inside claims. */
export const callRecord = makeRecord({
  id: 'mx/trump-call-2017',
  title: 'Trump threatens to send troops to Mexico',
  byline: 'Ana Ruiz',
  date: '2017-02-04',
  url: 'https://example.org/news/trump-call',
  text: CALL,
  entities: [
    { type: 'PERSON', name: 'Donald Trump', role: 'President', mentions: [['Trump', 0], 'Donald Trump', ['Trump', 2]] },
    { type: 'PLACE', name: 'Mexico', mentions: [['Mexico', 0], ['Mexico', 1]] },
    { type: 'PLACE', name: 'Washington, D.C.', mentions: ['WASHINGTON'] },
    { type: 'PERSON', name: 'Enrique Peña Nieto', role: 'President', mentions: ['Enrique Peña Nieto', ['Peña Nieto', 1], ['Peña Nieto', 2]] },
    { type: 'PLACE', name: 'United States', mentions: ['US'] },
    { type: 'ORG', name: 'Associated Press', mentions: ['The Associated Press'] },
  ],
  figures: [
    { at: 'over 166,000', value: 166000, counted: 'dead', qualifier: 'over', scope: 'in the past decade' },
    { at: 'some 28,000', value: 28000, counted: 'people', event: 'missing', qualifier: 'some' },
    { at: '2,000 miles', value: 2000, unit: 'mile', counted: 'border' },
  ],
  claims: [
    {
      at: 'President Donald Trump told Mexican President Enrique Peña Nieto that the US military could take care of "bad hombres" if Mexico\'s army did not',
      kind: 'reported',
      speaker: { at: 'The Associated Press', name: 'Associated Press' },
      cue: { at: 'according to', lemma: 'according to' },
    },
    {
      at: 'the US military could take care of "bad hombres" if Mexico\'s army did not',
      kind: 'reported',
      speaker: { at: 'Donald Trump', name: 'Donald Trump' },
      cue: { at: ['told', 0], lemma: 'tell' },
    },
    {
      at: 'The drug war has left over 166,000 dead in the past decade and some 28,000 people missing',
      kind: 'reported',
      speaker: { at: 'officials', name: null },
      cue: { at: ['said', 0], lemma: 'say' },
    },
    { at: 'You have a bunch of bad hombres down there,', kind: 'quote', speaker: { at: ['Trump', 2], name: 'Donald Trump' }, cue: { at: ['told', 1], lemma: 'tell' } },
    { at: "You aren't doing enough to stop them.", kind: 'quote', speaker: { at: ['Trump', 2], name: 'Donald Trump' }, cue: { at: ['told', 1], lemma: 'tell' } },
    {
      at: 'We had a productive and constructive call. Both leaders agreed to keep talking.\n\nOur border is 2,000 miles long and we will manage it together,',
      kind: 'quote',
      speaker: { at: ['Peña Nieto', 2], name: 'Enrique Peña Nieto' },
      cue: { at: ['said', 1], lemma: 'say' },
    },
  ],
});

const GUARD = `Mexico deploys National Guard to southern border

MEXICO CITY — Mexico will send 6,000 National Guard troops to its southern border, Foreign Minister Marcelo Ebrard said on Friday.

Ebrard said the drug war had left about 200,000 dead since 2006. "We will not accept tariffs on our exports," Ebrard told reporters.`;

export const guardRecord = makeRecord({
  id: 'mx/national-guard-2019',
  title: 'Mexico deploys National Guard to southern border',
  byline: null,
  date: '2019-06-08',
  text: GUARD,
  entities: [
    { type: 'PLACE', name: 'Mexico', mentions: [['Mexico', 0], ['Mexico', 1]] },
    { type: 'ORG', name: 'National Guard', mentions: [['National Guard', 0], ['National Guard', 1]] },
    { type: 'PLACE', name: 'Mexico City', mentions: ['MEXICO CITY'] },
    { type: 'PERSON', name: 'Marcelo Ebrard', role: 'Foreign Minister', mentions: ['Marcelo Ebrard', ['Ebrard', 1], ['Ebrard', 2]] },
  ],
  figures: [
    { at: '6,000', value: 6000, counted: 'National Guard troops', event: 'send' },
    { at: 'about 200,000', value: 200000, counted: 'dead', qualifier: 'about', scope: 'since 2006' },
  ],
  claims: [
    { at: 'Mexico will send 6,000 National Guard troops to its southern border', kind: 'reported', speaker: { at: 'Marcelo Ebrard', name: 'Marcelo Ebrard' }, cue: { at: ['said', 0], lemma: 'say' } },
    { at: 'the drug war had left about 200,000 dead since 2006', kind: 'reported', speaker: { at: ['Ebrard', 1], name: 'Marcelo Ebrard' }, cue: { at: ['said', 1], lemma: 'say' } },
    { at: 'We will not accept tariffs on our exports,', kind: 'quote', speaker: { at: ['Ebrard', 2], name: 'Marcelo Ebrard' }, cue: { at: 'told', lemma: 'tell' } },
  ],
});

// Characters outside the BMP (emoji) before the spans: JS and code point offsets differ here.
const ASTRAL = `Readers react 👍 to Ebrard's plan

📣 Marcelo Ebrard met the Wilson Center in Washington. The drug war has left at least 100,000 dead, the center said 🙏.`;

export const astralRecord = makeRecord({
  id: 'astral/reactions',
  title: "Readers react 👍 to Ebrard's plan",
  date: '2018-03-01',
  text: ASTRAL,
  entities: [
    { type: 'PERSON', name: 'Marcelo Ebrard', mentions: ['Ebrard', 'Marcelo Ebrard'] },
    { type: 'ORG', name: 'Wilson Center', mentions: ['Wilson Center'] },
    { type: 'PLACE', name: 'Washington, D.C.', mentions: ['Washington'] },
  ],
  figures: [{ at: 'at least 100,000', value: 100000, counted: 'dead', qualifier: 'at least' }],
  claims: [{ at: 'The drug war has left at least 100,000 dead', kind: 'reported', speaker: { at: 'the center', name: 'Wilson Center' }, cue: { at: 'said', lemma: 'say' } }],
});

export const fixtureRecords: readonly DossierRecord[] = [callRecord, guardRecord, astralRecord];

/** Markup and script in every field a page shows: it must all be shown as text and never run. */
const HOSTILE = `<script>window.__pwned = 'script'; alert(1)</script> Mayor <b>Bold</b> Jones spoke.

She said "</script><script>window.__pwned = 'breakout'</script>" and <img src=x onerror="window.__pwned='img'; alert(2)"> was posted with a link <a href="javascript:window.__pwned='link'">click me</a>.

</textarea><textarea> <!-- <iframe src="javascript:alert(3)"></iframe> --> <svg onload="alert(4)"></svg> & &amp; &lt;`;

export const hostileRecord = makeRecord({
  id: 'hostile/<script>x</script>',
  title: `<img src=x onerror="window.__pwned='title'">Hostile</title><script>alert(5)</script>`,
  byline: '<i onmouseover="alert(6)">Byline</i>',
  date: '2020-01-01',
  url: "javascript:window.__pwned='url'",
  text: HOSTILE,
  entities: [
    { type: 'PERSON', name: '<b>Bold</b> Jones', mentions: ['<b>Bold</b> Jones'] },
    { type: 'ORG', name: '<svg onload="alert(4)">', mentions: ['<svg onload="alert(4)">'] },
  ],
  figures: [{ at: ['1', 0], value: 1 }],
  claims: [{ at: "</script><script>window.__pwned = 'breakout'</script>", kind: 'quote', speaker: { at: 'She', name: null }, cue: { at: ['said', 0], lemma: 'say' } }],
});
