/**
 * The dataset version: the date of the last commit that changed `geodata/` and a short hash of
 * every file in it (path and content), e.g. `2026-12-02-3f9a1c2`. Computed when the app is built
 * (and when tests run), so a link, an export or a citation says which data it was made with.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** Short hash (7 hex digits) of every file under `dir`, by relative path and content. */
export function dataHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of files(dir)) {
    hash.update(relative(dir, file).split('\\').join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 7);
}

/** Date (YYYY-MM-DD) of the last commit touching `dir`; today when git cannot tell. */
export function dataDate(dir: string): string {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', dir], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(out)) return out;
  } catch {
    // Not a git checkout (e.g. a source archive): the build date stands in.
  }
  return new Date().toISOString().slice(0, 10);
}

/** The dataset version of `geodata/` at `root`. */
export function datasetVersion(root: string): string {
  const dir = join(root, 'geodata');
  return `${dataDate(dir)}-${dataHash(dir)}`;
}
