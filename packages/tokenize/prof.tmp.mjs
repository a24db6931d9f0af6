import { tokenize } from '@dossier/tokenize';
import { ingest } from '@dossier/ingest';
import { extractClaims } from '../claims/dist/index.js';
import fs from 'fs';
const texts = [...fs.readdirSync('corpus').filter(f=>f.endsWith('.txt')).map(f=>fs.readFileSync('corpus/'+f)), ...fs.readdirSync('corpus/gum-news').filter(f=>f.endsWith('.txt')).map(f=>fs.readFileSync('corpus/gum-news/'+f))];
const docs = texts.map((b,i) => ({...tokenize(ingest({id:'t'+i, source:'t', format:'txt', bytes:new Uint8Array(b)})), entities: [], figures: []}));
for (let r = 0; r < 200; r++) for (const d of docs) extractClaims(d);
