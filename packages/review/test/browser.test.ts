/**
 * The review page as a person uses it, in headless Chromium (Debian's, installed by the setup when
 * missing), opened from disk over file://. No sleeps: every step waits for what it needs to see.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDecisions, parseDecisions } from '../src/decisions.js';
import { buildReviewPage } from '../src/page/build.js';
import { ensureChromium, launchChromium } from './chromium.mjs';
import { callRecord, fixtureRecords, hostileRecord, makeRecord } from './fixtures.js';

let dir: string;
let browser: { context: BrowserContext; close(): Promise<void> };

function writePage(name: string, html: string): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), html);
  return pathToFileURL(join(folder, 'index.html')).href;
}

/**
 * A page that records console errors, page errors and dialogs (alert() would open one). All
 * file:// pages share one localStorage, so decisions an earlier test made are cleared first.
 */
async function open(url: string): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  if (await page.evaluate(() => localStorage.length > 0)) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
  }
  return { page, errors, dialogs };
}

beforeAll(async () => {
  const installMs = ensureChromium();
  if (installMs > 0) process.stderr.write(`installed chromium in ${(installMs / 1000).toFixed(1)} s\n`);
  dir = mkdtempSync(join(tmpdir(), 'dossier-page-'));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('review page in Chromium', () => {
  it('opens an article, clicks a person, filters to figures, marks one wrong, and keeps it across a reload', async () => {
    const url = writePage('fixtures', buildReviewPage(fixtureRecords));
    const { page, errors } = await open(url);

    await page.locator('a.article-link', { hasText: 'Trump threatens to send troops' }).click();
    await page.waitForSelector('#article-text');
    expect(await page.textContent('#article-title')).toBe(callRecord.title);

    // A person: its fields, then through to the corpus view of that person and back to a mention.
    await page.locator('#article-text mark.l-PERSON', { hasText: 'Donald Trump' }).click();
    await expect.poll(() => page.textContent('#details-name')).toBe('Donald Trump');
    await page.locator('#details a', { hasText: 'article(s)' }).click();
    await page.waitForSelector('tr.open');
    expect(await page.locator('a.mention-link').count()).toBe(3);
    await page.locator('a.mention-link', { hasText: 'told Peña Nieto' }).click();
    await page.waitForSelector('#article-text mark.focus');
    expect(await page.textContent('#details-name')).toBe('Donald Trump');

    // Only figures.
    await page.click('#type-filter button[data-type="FIGURE"]');
    await page.waitForSelector('#type-filter button[data-type="FIGURE"].on');
    expect(await page.locator('#article-text mark.ann.l-PERSON').count()).toBe(0);
    expect(await page.locator('#article-text .claim').count()).toBe(0);
    expect(await page.locator('#article-text mark.ann.l-FIGURE').allTextContents()).toEqual(['over 166,000FIGURE', 'some 28,000FIGURE', '2,000 milesFIGURE']);

    // One figure is wrong.
    await page.locator('#article-text mark.l-FIGURE', { hasText: 'over 166,000' }).click();
    await page.click('#mark-wrong');
    await page.waitForSelector('#article-text mark.l-FIGURE.d-wrong');

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('#article-text');
    expect(await page.locator('#article-text mark.d-wrong').allTextContents()).toEqual(['over 166,000FIGURE ✗']);
    expect(await page.textContent('#decision-count')).toBe('1 decision in 1 article');
    expect(errors).toEqual([]);
  });

  it('adds a missed span from a text selection, and the downloaded decisions become gold', async () => {
    const url = writePage('fixtures-add', buildReviewPage(fixtureRecords));
    const { page, errors } = await open(`${url}#/article/${encodeURIComponent(callRecord.id)}`);
    await page.waitForSelector('#article-text');

    // Select "Mexico's army" (it starts inside the PLACE mark "Mexico") as a person would with the mouse.
    await page.evaluate(() => {
      const root = document.getElementById('article-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const i = nodes.findIndex((n, k) => n.data === 'Mexico' && nodes[k + 2]?.data.startsWith("'s army"));
      const range = document.createRange();
      range.setStart(nodes[i]!, 0);
      range.setEnd(nodes[i + 2]!, "'s army".length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    expect(await page.textContent('#new-span-text')).toBe("Mexico's army");
    await page.click('button[data-add="ORG"]');
    await page.waitForSelector('#article-text mark.l-ORG.d-added');
    expect(await page.locator('#article-text mark.l-ORG.d-added').textContent()).toBe("MexicoPLACE's armyORG +");
    await page.fill('#added-name', 'Mexican Army');
    await page.click('#added-save');
    await expect.poll(() => page.locator('#details .field', { hasText: 'canonical name' }).textContent()).toContain('Mexican Army');

    // The officials' claim has no named speaker: confirm that, reaching its tag with the keyboard.
    await page.locator('#article-text .ctag', { hasText: 'officials' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#details-text')).toContain('The drug war has left');
    await page.fill('#speaker-input', '');
    await page.click('#speaker-save');
    await page.waitForSelector('#article-text .claim.d-correct');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const saved = parseDecisions(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    const start = callRecord.text.indexOf("Mexico's army");
    expect(saved.articles[callRecord.id]!.decisions[`ORG:${start}:${start + "Mexico's army".length}`]).toEqual({ verdict: 'added', text: "Mexico's army", name: 'Mexican Army' });
    const officials = callRecord.claims.find((c) => c.speaker?.text === 'officials')!;
    expect(saved.articles[callRecord.id]!.decisions[`CLAIM:${officials.start}:${officials.end}`]).toEqual({ verdict: 'correct', text: officials.text, speaker: null });
    const { articles } = applyDecisions(saved, fixtureRecords);
    expect(articles[0]!.counts).toEqual({ correct: 1, wrong: 0, added: 1, skipped: 0 });
    expect(articles[0]!.gold.organizations).toEqual([
      { name: 'Associated Press', aliases: ['The Associated Press'] },
      { name: 'Mexican Army', aliases: ["Mexico's army"] },
    ]);
    expect(errors).toEqual([]);
  });

  it('shows a hostile article as text: no script runs, no markup is made, no dialog opens', async () => {
    const url = writePage('hostile', buildReviewPage([hostileRecord, ...fixtureRecords]));
    const { page, errors, dialogs } = await open(url);
    expect(await page.locator('a.article-link').first().textContent()).toBe(hostileRecord.title);

    await page.locator('a.article-link').first().click();
    await page.waitForSelector('#article-text');
    expect(await page.textContent('#article-title')).toBe(hostileRecord.title);
    const shown = await page.evaluate(() => {
      const text = document.getElementById('article-text')!;
      return {
        // The label badges are the only text the page adds; drop them to compare with the article.
        text: [...text.querySelectorAll('.lbl, .ctag')].reduce((t, b) => t.replace(b.textContent!, ''), text.textContent!),
        made: document.querySelectorAll('#view img, #view script, #view iframe, #view svg, #view textarea, #view b, #view i, #article-text a').length,
        scripts: document.scripts.length,
        pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      };
    });
    expect(shown.text.replace(/\s+/gu, ' ')).toContain(hostileRecord.text.replace(/\s+/gu, ' ').slice(0, 120));
    for (const literal of ['<img src=x onerror=', '</textarea><textarea>', "</script><script>window.__pwned = 'breakout'</script>", '<a href="javascript:', '<!-- <iframe', '&amp; &lt;']) {
      expect(shown.text).toContain(literal);
    }
    expect(shown.made).toBe(0);
    expect(shown.scripts).toBe(2);
    expect(shown.pwned).toBeNull();
    // The javascript: URL is shown, not linked.
    expect(await page.locator('a.source-url').count()).toBe(0);
    expect(await page.textContent('span.source-url')).toBe(hostileRecord.url);

    await page.locator('#article-text mark.l-PERSON').click();
    expect(await page.textContent('#details-name')).toBe('<b>Bold</b> Jones');
    for (const v of ['people', 'organisations', 'claims', 'figures']) {
      await page.goto(`${url}#/${v}`);
      await page.waitForSelector('body[data-ready="true"]');
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('renders spans that cross each other as pieces, keeping the text in order', async () => {
    // A claim that ends inside a name (a pipeline slip a reviewer must still be able to read and mark).
    const text = 'Officials said the plan came from Marcelo Ebrard himself, a source said.';
    const crossing = makeRecord({
      id: 'crossing',
      title: null,
      date: null,
      text,
      entities: [{ type: 'PERSON', name: 'Marcelo Ebrard', mentions: ['Marcelo Ebrard'] }],
      claims: [{ at: 'the plan came from Marcelo', kind: 'reported', speaker: { at: 'Officials', name: null }, cue: { at: ['said', 0], lemma: 'say' } }],
    });
    const { page, errors } = await open(`${writePage('crossing', buildReviewPage([crossing]))}#/article/crossing`);
    await page.waitForSelector('#article-text');
    const pieces = await page.evaluate(() => {
      const root = document.getElementById('article-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let t = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement!.closest('.lbl, .ctag')) t += (n as Text).data;
      return { text: t, marks: [...root.querySelectorAll('mark.l-PERSON')].map((m) => m.textContent) };
    });
    expect(pieces.text).toBe(text);
    expect(pieces.marks).toEqual(['Marcelo', ' EbrardPERSON']);
    expect(errors).toEqual([]);
  });

  it('stays quick with a thousand articles: the list renders a page of them, an article renders when opened', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => {
      const id = `bulk/${String(i).padStart(4, '0')}`;
      return { ...fixtureRecords[i % fixtureRecords.length]!, id, source: `${id}.txt` };
    });
    const url = writePage('bulk', buildReviewPage(many));
    const started = Date.now();
    const { page, errors } = await open(url);
    const ready = Date.now() - started;
    expect(await page.textContent('#view h2')).toBe('1000 of 1000 articles');
    expect(await page.locator('a.article-link').count()).toBe(200);
    const t = Date.now();
    await page.goto(`${url}#/article/${encodeURIComponent('bulk/0999')}`);
    await page.waitForSelector('#article-text mark');
    const opened = Date.now() - t;
    expect(ready).toBeLessThan(5000);
    expect(opened).toBeLessThan(2000);
    expect(errors).toEqual([]);
  });
});
