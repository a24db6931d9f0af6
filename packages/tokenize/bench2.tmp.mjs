import { tokenize } from '@dossier/tokenize';
import { ingest } from '@dossier/ingest';
import { extractEntities } from '@dossier/entities';
import { extractClaims } from '../claims/dist/index.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import fs from 'fs';
const nlp = winkNLP(model);
const texts = [...fs.readdirSync('corpus').filter(f=>f.endsWith('.txt')).map(f=>fs.readFileSync('corpus/'+f)), ...fs.readdirSync('corpus/gum-news').filter(f=>f.endsWith('.txt')).map(f=>fs.readFileSync('corpus/gum-news/'+f))];
const docs = texts.map((b,i) => tokenize(ingest({id:'t'+i, source:'t', format:'txt', bytes:new Uint8Array(b)})));
const withEnt = docs.map(d => ({...d, entities: extractEntities(d), figures: []}));
const noEnt = docs.map(d => ({...d, entities: [], figures: []}));
const ratios = { ent: [], none: [] };
for (let r = 0; r < 40; r++) {
  let t0 = performance.now(); for (const d of docs) nlp.readDoc(d.text); const w = performance.now() - t0;
  t0 = performance.now(); for (const d of withEnt) extractClaims(d); const ce = performance.now() - t0;
  t0 = performance.now(); for (const d of noEnt) extractClaims(d); const cn = performance.now() - t0;
  if (r >= 5) { ratios.ent.push(ce / w); ratios.none.push(cn / w); }
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
console.log(`median ratio to wink readDoc: with entities ${med(ratios.ent).toFixed(3)}x, without ${med(ratios.none).toFixed(3)}x`);
