// Debian's Chromium for the browser tests and the screenshot script (plain JS so both can use it).
// Never a browser download: when /usr/bin/chromium is missing it is installed with apt-get,
// the way a clean CI machine (Node, npm and apt only) gets it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** DOSSIER_CHROMIUM overrides the path (e.g. a distribution that installs it elsewhere). */
export const CHROMIUM = process.env.DOSSIER_CHROMIUM || '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Makes sure Chromium is there, installing Debian's package when it is not (as root, or through
 * sudo when that exists). Returns how long the installation took in ms (0 when already there).
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return 0;
  const started = Date.now();
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const run = (cmd, args) => {
    const [bin, argv] = root ? [cmd, args] : ['sudo', ['-n', cmd, ...args]];
    execFileSync(bin, argv, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    run('apt-get', ['update', '-q']);
    run('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium']);
  } catch (e) {
    throw new Error(`Chromium is not at ${CHROMIUM} and \`apt-get install chromium\` failed (${e.message}). Install it, or set DOSSIER_CHROMIUM to a Chromium binary.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing; set DOSSIER_CHROMIUM.`);
  return Date.now() - started;
}

/**
 * Launches headless Chromium with a fresh profile (so nothing from another run, no stored
 * decisions, leaks in). `close()` also removes the profile folder.
 */
export async function launchChromium() {
  ensureChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'dossier-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
