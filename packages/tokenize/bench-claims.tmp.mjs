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
const chars = docs.reduce((a,d)=>a+d.text.length,0);
function time(fn, reps=30) { fn(); const t0 = performance.now(); for (let r=0;r<reps;r++) fn(); return (performance.now()-t0)/reps; }
const tw = time(() => { for (const d of docs) nlp.readDoc(d.text); });
const tc = time(() => { for (const d of withEnt) extractClaims(d); });
const tn = time(() => { for (const d of noEnt) extractClaims(d); });
console.log(`chars ${chars} docs ${docs.length}; wink readDoc ${tw.toFixed(1)} ms; claims (entities) ${tc.toFixed(1)} ms = ${(tc/tw).toFixed(3)}x; claims (no entities) ${tn.toFixed(1)} ms = ${(tn/tw).toFixed(3)}x`);
