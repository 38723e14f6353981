/**
 * The README says Node.js 20.19 or newer: every package the lock file installs must accept it
 * (npm warns "EBADENGINE" otherwise; @mapbox/jsonlint-lines-primitives 2.0.3 asked for Node 22
 * and is pinned to 2.0.2 through `overrides`).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import semver from 'semver';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

describe('Node.js requirement', () => {
  it('is what package.json states, and this Node.js meets it', () => {
    expect(pkg.engines.node).toBe('>=20.19');
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });

  it('every installed package accepts the oldest Node.js the README allows', () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const refuse = Object.entries(lock.packages)
      .filter(([path, p]) => path && !p.optional)
      .flatMap(([path, p]) => {
        const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
        return range && !semver.satisfies(oldest, range) ? [`${path}: node ${range}`] : [];
      });
    expect(refuse).toEqual([]);
  });
});
