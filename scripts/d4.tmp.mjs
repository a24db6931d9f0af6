import { tokenize } from '@dossier/tokenize';
import { buildContext } from '../packages/claims/dist/context.js';
import { cueAt } from '../packages/claims/dist/cues.js';
import { clauseStartsAt } from '../packages/claims/dist/phrases.js';
const text = process.argv[2];
const doc = tokenize({ id: 't', source: 't', sha256: '', format: 'txt', encoding: 'utf-8', title: null, byline: null, date: null, url: null, text, paragraphs: [{start:0,end:text.length}], notes: [] });
const ctx = buildContext({ ...doc, entities: [], figures: [] });
doc.tokens.forEach((t, i) => { if (t.lower === process.argv[3]) console.log(i, t.pos, cueAt(ctx, i), clauseStartsAt(ctx, i + 1, doc.tokens.length)); });
