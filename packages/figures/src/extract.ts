import type { Figure, StageInput } from '@dossier/core';
import { findCandidates } from './candidates.js';
import { readContexts } from './context.js';
import { readScopes } from './scope.js';
import { viewOf } from './view.js';

/**
 * Every number in the article that counts or measures something, in text order, with what it counts,
 * the event, its hedge and its time or place scope. Reads the tokenizer's tokens and value spans only.
 */
export function extractFigures(doc: StageInput): Figure[] {
  const v = viewOf(doc);
  const cands = findCandidates(v);
  const contexts = readContexts(v, cands);
  const scopes = readScopes(v, cands, contexts);
  // Built with push, not `.map`: a `.map` inlined by TurboFan returns holey arrays where the interpreter's are packed,
  // and the change of shape deoptimizes the optimized functions that read the figures (claims, the record).
  const figures: Figure[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const m = c.match;
    const ctx = contexts[i]!;
    const start = v.tokens[c.first]!.start;
    const end = v.tokens[m.end - 1]!.end;
    const qualifier = c.qualifier?.norm ?? m.vague ?? m.trailing?.norm ?? null;
    const approximate = (c.qualifier?.approximate ?? false) || m.vague !== undefined || (m.trailing?.approximate ?? false);
    const figure: Figure = {
      id: `f${i + 1}`,
      start,
      end,
      text: doc.text.slice(start, end),
      value: m.value,
      unit: m.unit,
      counted: ctx.counted,
      event: ctx.event,
      qualifier,
      approximate,
      scope: scopes[i] ?? null,
      sentence: c.sentence,
    };
    if (m.min !== undefined && m.max !== undefined) {
      figure.min = m.min;
      figure.max = m.max;
    }
    figures.push(figure);
  }
  return figures;
}
