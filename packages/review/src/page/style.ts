/** The review page's stylesheet (inlined; the page loads nothing). Label colours come from labels.ts. */
import { LABEL_COLOURS, LABELS } from '../labels.js';

const labelRules = LABELS.map((l) => `.l-${l}{--c:${LABEL_COLOURS[l]}}`).join('\n');

export const STYLE = `
:root{--fg:#1d1d1f;--muted:#666;--line:#ddd;--bg:#fafafa;--ok:#1a7f37;--bad:#cf222e;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
body{margin:0}
${labelRules}
header{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line)}
.bar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;padding:.4rem .8rem}
.bar.filters{padding-top:0}
.brand{margin-right:.5rem}
.tabs a{padding:.3rem .6rem;border-radius:4px;color:var(--fg);text-decoration:none}
.tabs a.on{background:#1d1d1f;color:#fff}
#search{flex:1;min-width:12rem;padding:.3rem .5rem}
.count{color:var(--muted);font-size:.85rem}
button{font:inherit;cursor:pointer;padding:.25rem .6rem;border:1px solid #bbb;border-radius:4px;background:#fff}
button:hover{background:#f0f0f0}
button.link{border:none;background:none;color:#0550ae;padding:0;text-decoration:underline}
.status:empty{display:none}
.status{background:#fff3cd;padding:.3rem .8rem}
.chips{display:flex;gap:.3rem;flex-wrap:wrap}
.chip{border-radius:999px;font-size:.8rem;padding:.15rem .6rem;background:#fff;border:1px solid var(--c,#999)}
.chip.on{background:var(--c,#1d1d1f);font-weight:600}
.chip.all.on{background:#1d1d1f;color:#fff}
[hidden]{display:none!important}
.body{display:flex;align-items:flex-start;gap:1rem;padding:0 .8rem}
main{flex:1;min-width:0;max-width:60rem}
aside{position:sticky;top:6.5rem;width:22rem;max-height:calc(100vh - 8rem);overflow:auto;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;margin-top:1rem;font-size:.9rem}
h2{font-size:1.25rem}
.meta{color:var(--muted);font-size:.85rem}
.notes{color:var(--muted);font-size:.8rem;font-style:italic}
.hint{color:var(--muted);font-size:.85rem}
ul.articles{list-style:none;padding:0}
ul.articles li{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem;margin:.4rem 0}
.article-link{font-weight:600;color:var(--fg)}
.counts{margin-top:.2rem}
.pill{display:inline-block;font-size:.72rem;padding:.05rem .45rem;border-radius:999px;background:var(--c,#eee);margin:.1rem .2rem .1rem 0}
.pill.decided{background:#d1f0d9}
.speaker-pill{outline:2px dotted #c887fb;background:#fff}
.pager{display:flex;gap:1rem;font-size:.85rem}
.text{white-space:pre-wrap;line-height:2.3;font-size:1.02rem;background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem 1.2rem;overflow-wrap:break-word}
mark.ann{background:var(--c);border-radius:.3em;padding:.12em .25em;margin:0 .05em;cursor:pointer;color:inherit;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.ann .lbl{font-size:.6em;font-weight:700;margin-left:.35em;vertical-align:middle;text-transform:uppercase;user-select:none;-webkit-user-select:none;line-height:1}
mark.ann.d-correct{box-shadow:0 0 0 2px var(--ok)}
mark.ann.d-wrong{box-shadow:0 0 0 2px var(--bad);text-decoration:line-through;text-decoration-color:var(--bad);opacity:.75}
mark.ann.d-added{outline:2px dashed #333;outline-offset:1px}
mark.hit{background:#ffe066;outline:1px solid #e0b000}
.claim{border-bottom:2px solid #ff8197;cursor:pointer;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.claim.depth-0{padding-bottom:.55em}
.claim.depth-1{padding-bottom:.3em;border-bottom-style:double;border-bottom-width:3px}
.claim.depth-2,.claim.depth-3{padding-bottom:.1em;border-bottom-style:dotted}
.claim.d-correct{border-bottom-color:var(--ok)}
.claim.d-wrong{border-bottom-color:var(--bad);border-bottom-style:dashed}
.claim.d-added{border-bottom-color:#333;border-bottom-style:dashed}
.ctag{font-size:.62em;font-weight:700;background:#ff8197;color:#fff;border-radius:.3em;padding:.05em .35em;margin-right:.3em;vertical-align:super;user-select:none;-webkit-user-select:none;line-height:1;white-space:nowrap}
.claim.d-wrong>.ctag{background:var(--bad)}
.claim.d-correct>.ctag{background:var(--ok)}
.speaker{outline:2px dotted #c887fb;outline-offset:1px;border-radius:.2em;cursor:pointer}
.cue{text-decoration:underline dotted #888;text-underline-offset:.25em}
.selected{outline:3px solid #0969da!important;outline-offset:2px}
.focus{animation:flash 1.2s ease-out 1}
@keyframes flash{from{outline:4px solid #0969da}to{outline:4px solid transparent}}
.field{display:flex;gap:.5rem;padding:.15rem 0;border-bottom:1px dotted #eee}
.field .k{color:var(--muted);min-width:7.5rem}
.field .v{overflow-wrap:anywhere}
.verdict{display:flex;gap:.4rem;margin:.7rem 0}
.verdict .ok.on{background:var(--ok);color:#fff;border-color:var(--ok)}
.verdict .bad.on{background:var(--bad);color:#fff;border-color:var(--bad)}
.edit{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center;margin:.5rem 0}
.add-types{display:flex;flex-wrap:wrap;gap:.3rem;margin:.5rem 0}
.legend{margin-top:1rem;border-top:1px solid var(--line);padding-top:.5rem}
blockquote{margin:.3rem 0 .3rem .5rem;padding-left:.6rem;border-left:3px solid #ff8197;white-space:pre-wrap}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.date{white-space:nowrap}
tr.open td{background:#f3f6ff}
.mention-list{padding:.3rem 0}
.mention-article ul{margin:.2rem 0 .6rem;padding-left:1.2rem}
.kwic b{background:#fff2a8}
.kwic{color:var(--fg)}
section.group,section.speaker-group{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem;margin:.8rem 0}
svg.chart{display:block;max-width:100%;height:auto;margin:.4rem 0}
svg.chart .axis{font-size:11px;fill:#555}
svg.chart .value{font-size:11px;fill:#1d1d1f}
svg.chart .bar{fill:#9aa57a}
svg.chart .bar.hedged{fill:#c5cc9f;stroke:#9aa57a;stroke-dasharray:3 2}
svg.chart .range{fill:#e4e7d2}
ol.claims{padding-left:1.3rem}
ol.claims li{margin:.5rem 0}
button.more{margin:1rem 0}
@media (max-width:900px){.body{flex-direction:column}aside{position:static;width:auto;max-height:none}}
`;
