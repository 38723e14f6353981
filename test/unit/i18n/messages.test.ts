import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, preferredLanguage } from '../../../src/lib/i18n/languages';
import { fmt, i18n, interpolate, setLanguage, t } from '../../../src/lib/i18n/i18n.svelte';

const files = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}.json`, 'utf8')) as Record<string, string>,
  ]),
);
const keys = Object.keys(files.en!);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('message files', () => {
  it.each(LANGUAGES)(
    '%s has exactly the English keys, each translated, same placeholders',
    (lang) => {
      const messages = files[lang]!;
      expect(Object.keys(messages).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        expect(messages[key]!.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(messages[key]!), `${lang} ${key}`).toEqual(
          placeholders(files.en![key]!),
        );
      }
    },
  );

  it('has no unused message (literal keys, or a `prefix.${…}` template in the code)', () => {
    const code = sources('src').join('\n');
    const literal = new Set([...code.matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]));
    const prefixes = [...code.matchAll(/\bt\(\s*`([\w.]+)\$\{/g)].map((m) => m[1]!);
    // Keys reached through data: error objects built in url.ts and components.
    const asData = new Set([...code.matchAll(/key: '([\w.]+)'/g)].map((m) => m[1]));
    const fromProblems = new Set([...code.matchAll(/problem\('([\w.]+)'/g)].map((m) => m[1]));
    const notify = new Set([...code.matchAll(/notify\('([\w.]+)'/g)].map((m) => m[1]));
    // The importer builds its problems with a small helper, p('key', params).
    for (const m of code.matchAll(/\bp\('([\w.]+)'/g)) notify.add(m[1]);
    const unused = keys.filter(
      (k) =>
        !literal.has(k) &&
        !asData.has(k) &&
        !fromProblems.has(k) &&
        !notify.has(k) &&
        !prefixes.some((p) => k.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});

describe('switching language', () => {
  it('translates, fills placeholders, and falls back to nothing missing', async () => {
    await setLanguage('ky');
    expect(i18n.lang).toBe('ky');
    expect(t('layers.title')).toBe('Катмарлар');
    expect(t('proximity.more', { count: 10 })).toBe('Дагы 10 көрсөтүү');
    await setLanguage('zh');
    expect(t('layer.projects')).toBe('中国项目');
    await setLanguage('en');
    expect(t('layer.projects')).toBe('Chinese projects');
  });

  it('formats distances and dates per language', async () => {
    await setLanguage('ru');
    expect(fmt.distance(1234.5, 'km')).toBe('1\u00a0235 км');
    expect(fmt.distance(3.42, 'km')).toBe('3,42 км');
    expect(fmt.range(0, 5.5, 'km')).toBe('0–5,5 км');
    expect(fmt.dateSpan(null, '2017')).toBe('до 2017');
    expect(fmt.date('2019-08-05')).toMatch(/5 авг\.? 2019/);
    expect(fmt.compass(90)).toBe('В');
    await setLanguage('zh');
    expect(fmt.distance(3.42, 'km')).toBe('3.42公里');
    expect(fmt.date('2019-08')).toMatch(/2019年8月/);
    expect(fmt.compass(225)).toBe('西南');
    await setLanguage('ky');
    expect(fmt.compass(0)).toBe('Тн');
    expect(fmt.distance(3.42, 'km')).toBe('3,42 км');
    await setLanguage('en');
    expect(fmt.dateSpan('2020-01', '2020-02-17')).toBe('Jan 2020 – 17 Feb 2020');
  });

  it('follows the browser’s preferred language when it is one of the four', () => {
    expect(preferredLanguage(['ky-KG', 'ru'])).toBe('ky');
    expect(preferredLanguage(['de-DE', 'ru-RU'])).toBe('ru');
    expect(preferredLanguage(['zh-Hans-CN'])).toBe('zh');
    expect(preferredLanguage(['fr', 'de'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});

describe('placeholders', () => {
  it('fills each {{name}} and leaves unknown ones as written', () => {
    expect(interpolate('{{n}} of {{ total }} sites', { n: 3, total: 10 })).toBe('3 of 10 sites');
    expect(interpolate('Saved {{name}}.', {})).toBe('Saved {{name}}.');
    expect(interpolate('{{a}}{{a}}', { a: '$&' })).toBe('$&$&');
  });
});

describe('plural forms', () => {
  const ru = new Intl.PluralRules('ru-RU');
  const en = new Intl.PluralRules('en-GB');
  const sites = '{{count}} [[count|one:объект|few:объекта|many:объектов|other:объекта]]';

  it('chooses the form by the language’s rules (Russian: one, few, many)', () => {
    expect(interpolate(sites, { count: 1 }, ru)).toBe('1 объект');
    expect(interpolate(sites, { count: 3 }, ru)).toBe('3 объекта');
    expect(interpolate(sites, { count: 11 }, ru)).toBe('11 объектов');
    expect(interpolate(sites, { count: 21 }, ru)).toBe('21 объект');
    expect(interpolate('{{count}} [[count|one:site|other:sites]]', { count: 1 }, en)).toBe(
      '1 site',
    );
  });

  it('falls back to `other`, and leaves a block without its number as written', () => {
    expect(interpolate('[[n|other:many]]', { n: 1 }, en)).toBe('many');
    expect(interpolate('[[n|one:a|other:b]]', {}, en)).toBe('[[n|one:a|other:b]]');
  });

  it('the shipped English no longer says “1 communities”', async () => {
    await setLanguage('en');
    expect(t('rings.within', { count: 1, radius: '5 km' })).toBe('1 community within 5 km');
    expect(t('rings.within', { count: 2, radius: '5 km' })).toBe('2 communities within 5 km');
    await setLanguage('ru');
    expect(t('rings.within', { count: 2, radius: '5 км' })).toBe(
      '2 населённых пункта в пределах 5 км',
    );
    await setLanguage('en');
  });
});
