import { checkSpans, validateRecord } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { fixtureRecords, hostileRecord } from './fixtures.js';

describe('test fixtures', () => {
  it.each([...fixtureRecords, hostileRecord].map((r) => [r.id, r] as const))('%s is a valid record whose spans slice back', (_id, r) => {
    expect(validateRecord(r)).toEqual([]);
    expect(checkSpans(r)).toEqual([]);
  });
});
