/** The dependency rules in eslint.config.js: an import that points the wrong way fails lint. */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lint errors from no-restricted-imports for `code` as if it were the file at `path`. */
async function crossings(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('dependency boundaries', () => {
  it.each([
    ['src/lib/geo/probe.ts', "import { app } from '../state/instance';\nvoid app;\n"],
    ['src/lib/geo/probe.ts', "import { FACETS } from '../filters/filters';\nvoid FACETS;\n"],
    ['src/lib/geo/probe.ts', "import { mount } from 'svelte';\nvoid mount;\n"],
    ['src/lib/state/probe.ts', "import { CATALOGUE } from '../map/catalogue';\nvoid CATALOGUE;\n"],
    ['src/lib/map/probe.ts', "import { app } from '../state/instance';\nvoid app;\n"],
    ['src/lib/filters/probe.ts', "import { app } from '../state/instance';\nvoid app;\n"],
    ['src/lib/export/probe.ts', "import X from '../components/MapView.svelte';\nvoid X;\n"],
    ['src/lib/shared/probe.ts', "import { LAYERS } from '../data/constants';\nvoid LAYERS;\n"],
  ])('%s may not import: %s', async (path, code) => {
    expect(await crossings(path, code)).toHaveLength(1);
  });

  it.each([
    [
      'src/lib/geo/probe.ts',
      "import type { LonLat } from '../shared/vocabulary';\nexport type X = LonLat;\n",
    ],
    [
      'src/lib/state/probe.ts',
      "import { siteFacets } from '../filters/filters';\nvoid siteFacets;\n",
    ],
    ['src/lib/components/probe.ts', "import { app } from '../state/instance';\nvoid app;\n"],
    [
      'src/lib/shared/probe.ts',
      "import type en from '../i18n/locales/en.json';\nexport type K = keyof typeof en;\n",
    ],
  ])('%s may import: %s', async (path, code) => {
    expect(await crossings(path, code)).toEqual([]);
  });
});
