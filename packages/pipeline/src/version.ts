import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages whose code decides what a record holds. */
const STAGE_PACKAGES = ['@dossier/core', '@dossier/ingest', '@dossier/tokenize', '@dossier/entities', '@dossier/figures', '@dossier/claims', '@dossier/pipeline'];

let cached: string | undefined;

/**
 * The pipeline's version: the package version plus a digest of the built code and data of every
 * stage, so `--incremental` and `--resume` notice any change to the code, not only version bumps.
 */
export function pipelineVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const name of STAGE_PACKAGES) {
    const dist = dirname(fileURLToPath(import.meta.resolve(name)));
    for (const file of listFiles(dist)) {
      if (!/\.(?:js|json)$/.test(file)) continue;
      hash.update(file.slice(dist.length)).update(readFileSync(file));
    }
  }
  const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8')) as { version: string };
  cached = `${pkg.version}+${hash.digest('hex').slice(0, 12)}`;
  return cached;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}
