/**
 * Round trip: tasks written by the exporter, "annotated" the way Label Studio stores a person's
 * work (the predictions copied into an annotation, then regions deleted, added and relinked),
 * exported, and imported back into gold.
 */
import { describe, expect, it } from 'vitest';
import { offsetMap } from '../src/codepoints.js';
import { toLabelStudio, type LabelStudioTask } from '../src/export/label-studio.js';
import { importLabelStudio } from '../src/import-label-studio.js';
import { ReviewError } from '../src/errors.js';
import type { GoldFile } from '../src/gold.js';
import { astralRecord, at, makeRecord } from './fixtures.js';

const TEXT = `WASHINGTON — Mexico will send 6,000 troops to its 2,000-mile border with the US, Foreign Minister Marcelo Ebrard said. Both governments agreed.

"We will not accept tariffs," Ebrard told reporters, and "the talks will go on," he added.`;

const record = makeRecord({
  id: 'review/troops',
  title: 'Mexico sends troops',
  date: '2019-06-07',
  text: TEXT,
  entities: [
    { type: 'ORG', name: 'WASHINGTON', mentions: ['WASHINGTON'] },
    { type: 'PLACE', name: 'Mexico', mentions: ['Mexico'] },
    { type: 'PLACE', name: 'United States', mentions: ['US'] },
    { type: 'PERSON', name: 'Marcelo Ebrard', mentions: ['Marcelo Ebrard', ['Ebrard', 1]] },
    { type: 'PERSON', name: 'Both', mentions: ['Both'] },
  ],
  figures: [{ at: '6,000', value: 6000, counted: 'troops', event: 'send' }],
  claims: [
    { at: 'Mexico will send 6,000 troops to its 2,000-mile border with the US', kind: 'reported', speaker: { at: 'Marcelo Ebrard', name: 'Marcelo Ebrard' }, cue: { at: 'said', lemma: 'say' } },
    { at: 'We will not accept tariffs,', kind: 'quote', speaker: { at: ['Ebrard', 1], name: 'Marcelo Ebrard' }, cue: { at: 'told', lemma: 'tell' } },
    { at: 'the talks will go on,', kind: 'quote', speaker: { at: 'he', name: 'United States' }, cue: { at: 'added', lemma: 'add' } },
  ],
});

type Result = LabelStudioTask['predictions'][number]['result'][number];
type RegionResult = Extract<Result, { type: 'labels' }>;

/** A person's annotation as Label Studio exports it, starting from the predictions. */
function annotate(task: LabelStudioTask, id: number, edit: (result: Result[]) => Result[]): Record<string, unknown> {
  return {
    id,
    data: task.data,
    predictions: task.predictions,
    annotations: [
      { id: id * 10, completed_by: 7, was_cancelled: false, created_at: '2024-05-01T10:00:00Z', updated_at: '2024-05-01T10:05:00Z', result: edit(structuredClone(task.predictions[0]!.result)) },
      // An older, cancelled attempt must not win.
      { id: id * 10 + 1, completed_by: 8, was_cancelled: true, updated_at: '2024-05-02T00:00:00Z', result: [] },
    ],
  };
}

const regionOf = (result: Result[], label: string, text: string): RegionResult =>
  result.find((r): r is RegionResult => r.type === 'labels' && r.value.labels[0] === label && r.value.text === text)!;

function newRegion(text: string, label: string, needle: string, nth = 0): RegionResult {
  const map = offsetMap(text);
  const s = at(text, needle, nth);
  return { id: `human-${label}-${s.start}`, from_name: 'label', to_name: 'text', type: 'labels', value: { start: map.toCodePoint(s.start), end: map.toCodePoint(s.end), text: needle, labels: [label] } };
}

function exported(): unknown[] {
  const tasks = JSON.parse(toLabelStudio([record, astralRecord])) as LabelStudioTask[];
  const troops = annotate(tasks[0]!, 1, (result) => {
    const wrongOrg = regionOf(result, 'ORG', 'WASHINGTON');
    const both = regionOf(result, 'PERSON', 'Both');
    const talks = regionOf(result, 'CLAIM', 'the talks will go on,');
    const ebrard = result.find((r): r is RegionResult => r.type === 'labels' && r.value.labels[0] === 'PERSON' && r.value.text === 'Ebrard')!;
    return [
      ...result.filter((r) => r !== wrongOrg && r !== both),
      newRegion(TEXT, 'PLACE', 'WASHINGTON'),
      newRegion(TEXT, 'FIGURE', '2,000-mile'),
      // "he" is Ebrard: link the claim to the person region as well as its speaker span.
      { from_id: talks.id, to_id: ebrard.id, type: 'relation', direction: 'right', labels: ['said_by'] },
    ];
  });
  const astral = annotate(tasks[1]!, 2, (result) => result);
  const onlyPredictions = { id: 3, data: { text: 'No one looked at this.', article: 'untouched' }, predictions: [], annotations: [] };
  return [troops, astral, onlyPredictions];
}

describe('importLabelStudio', () => {
  const { articles, warnings } = importLabelStudio(exported(), [record, astralRecord]);
  const gold = (id: string): GoldFile => articles.find((a) => a.gold.id === id)!.gold;

  it('skips a task nobody annotated and says so', () => {
    expect(articles.map((a) => a.gold.id)).toEqual(['review/troops', 'astral/reactions']);
    expect(warnings).toEqual(['task 3 (untouched): no submitted annotation, only predictions; skipped.']);
  });

  it('takes the most recent annotation that was not cancelled', () => {
    expect(articles[0]!.annotation).toEqual({ id: 10, completedBy: 7, updatedAt: '2024-05-01T10:05:00Z' });
  });

  it('turns the people\'s regions into entity lists, with the pipeline\'s canonical names where spans match', () => {
    const g = gold('review/troops');
    expect(g.people).toEqual([{ name: 'Marcelo Ebrard', aliases: ['Marcelo Ebrard', 'Ebrard'] }]);
    expect(g.places).toEqual([
      { name: 'WASHINGTON', aliases: ['WASHINGTON'] },
      { name: 'Mexico', aliases: ['Mexico'] },
      { name: 'United States', aliases: ['US'] },
    ]);
    expect(g.organizations).toEqual([]);
  });

  it('keeps the pipeline\'s figure fields for a kept span and reads a new figure from its text', () => {
    expect(gold('review/troops').figures).toEqual([
      { text: '6,000', value: 6000, unit: null, counted: 'troops', event: 'send', qualifier: null, scope: null },
      { text: '2,000-mile', value: 2000, unit: null, counted: null, event: null, qualifier: null, scope: null },
    ]);
  });

  it('names a claim\'s speaker from the person region it is linked to, keeping the speaker span\'s words', () => {
    expect(gold('review/troops').claims).toEqual([
      { kind: 'reported', speaker: 'Marcelo Ebrard', speakerText: 'Marcelo Ebrard', cue: 'said', text: 'Mexico will send 6,000 troops to its 2,000-mile border with the US' },
      { kind: 'quote', speaker: 'Marcelo Ebrard', speakerText: 'Ebrard', cue: 'told', text: 'We will not accept tariffs,' },
      { kind: 'quote', speaker: 'Marcelo Ebrard', speakerText: 'he', cue: 'added', text: 'the talks will go on,' },
    ]);
  });

  it('converts code point offsets back after an emoji', () => {
    const g = gold('astral/reactions');
    expect(g.people).toEqual([{ name: 'Marcelo Ebrard', aliases: ['Ebrard', 'Marcelo Ebrard'] }]);
    expect(g.claims).toEqual([{ kind: 'reported', speaker: 'Wilson Center', speakerText: 'the center', cue: 'said', text: 'The drug war has left at least 100,000 dead' }]);
  });

  it('replaces the lists of an existing gold file but keeps its metadata and other keys', () => {
    const existing: GoldFile = { id: 'astral/reactions', title: 'Hand title', byline: 'Hand', date: '2018-03-02', people: [{ name: 'Nobody', aliases: ['Nobody'] }], reviewer: 'kim' };
    const again = importLabelStudio(exported(), [record, astralRecord], (id) => (id === existing.id ? existing : undefined));
    const g = again.articles.find((a) => a.gold.id === existing.id)!.gold;
    expect([g.title, g.byline, g.date, g.reviewer]).toEqual(['Hand title', 'Hand', '2018-03-02', 'kim']);
    expect(g.people).toEqual([{ name: 'Marcelo Ebrard', aliases: ['Ebrard', 'Marcelo Ebrard'] }]);
  });

  it('skips a region whose offsets do not cover its text', () => {
    const tasks = exported() as Array<{ annotations: Array<{ result: Array<Record<string, unknown>> }> }>;
    const region = tasks[0]!.annotations[0]!.result.find((r) => r.type === 'labels')!;
    (region.value as { start: number }).start += 1;
    const result = importLabelStudio(tasks, [record]);
    expect(result.warnings.some((w) => /review\/troops.*does not|says .* but/u.test(w))).toBe(true);
  });

  it('refuses something that is not a JSON export', () => {
    expect(() => importLabelStudio({ tasks: [] })).toThrow(ReviewError);
  });
});
