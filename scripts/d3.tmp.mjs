import { tokenize } from '@dossier/tokenize';
import { extractClaims } from '@dossier/claims';
const text = process.argv[2];
const doc = tokenize({ id: 't', source: 't', sha256: '', format: 'txt', encoding: 'utf-8', title: null, byline: null, date: null, url: null, text, paragraphs: text.split(/\n\n/).reduce((a, p) => { const s = a.length ? a[a.length-1].end + 2 : 0; a.push({start: s, end: s + p.length}); return a; }, []), notes: [] });
if (process.argv[3]) console.log(doc.tokens.map(t => t.text + '/' + t.pos).join(' '));
for (const c of extractClaims({ ...doc, entities: [], figures: [] })) console.log(`${c.id} ${c.kind} [${c.speaker?.name ?? '-'} | ${c.speaker?.text ?? '-'} | ${c.cue?.text ?? '-'}] ${c.text}`);
