/**
 * Transliteration for the search and the data audit: Russian/Kyrgyz Cyrillic → Latin, and a "skeleton" that folds the
 * usual romanisation variants together, so that two spellings of one name compare equal.
 *
 * `toLatin` is a plain letter-for-letter table (close to BGN/PCGN without diacritics; Kyrgyz
 * ө ү ң as ö ü ng). `skeleton` then folds what romanisations of Russian and Kyrgyz names commonly
 * disagree on:
 *
 * - case, diacritics (ö → o, ü → u, ë → e), hyphens, spaces, apostrophes and soft/hard signs
 *   (digits are kept);
 * - zh / j / dzh / dj → J; kh / h / x → H; ch / tch → C; sh / shch / sch → S; ts / tz / c → T;
 *   q → k; w → v; gh → g; ng → n (Kyrgyz ң is written both ways);
 * - voiced and voiceless pairs b/p, d/t, g/k, z/s, v/f (Kyrgyz Дөбө, Russian -тюбе, Latin -tebe;
 *   Терек / Терег);
 * - vowels into three classes: a; e o u (Kyrgyz ө ү are written e, o, u, ö, ü, and ё ю in
 *   Russian forms: Көл = Kul', Дөбө = tyube, Өрүк = Uruk); i y (ы и й); y/i before another vowel
 *   is dropped (ya = ia = a, yu = u, ye = e);
 * - doubled letters are single (Issyk = Isyk, Kara-Suu = Kara-Su).
 *
 * `nameVariants` adds the readings a spelling can have: Latin j as ж (Jalal-Abad) or й (Baj-Munduz,
 * GeoNames' German-style spellings); a word-initial Kyrgyz ж as Uzbek y (Жаңы-Абад = Yangi-Abad);
 * Kyrgyz ңг as Latin ng (Жаңгакты = Dzhangakty); generic words dropped (Kyrgyz шаары "town",
 * кыштагы "village", Russian посёлок, also hyphenated); "named after" names reduced to
 * the person's name, with or without the Russian genitive -a (Imeni Kirova = Киров атындагы).
 *
 * Names agree when they share a variant. Anything else (Kochkorka vs Кочкор, Kara-Tepa vs
 * Кара-Тепе) is a different form of the name, not a transliteration: the audit reports it unless
 * the feature also carries the matching form, or the allow-list explains it.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kyrgyz
  ө: 'ö',
  ү: 'ü',
  ң: 'ng',
  ӊ: 'ng', // COD-AB writes Kyrgyz ң as Khakas ӊ (Чоӊ-Алай, Тоӊ)
  // Kazakh/Uzbek letters that turn up in regional names
  қ: 'q',
  ғ: 'gh',
  ұ: 'u',
  ә: 'a',
  һ: 'h',
  і: 'i',
};

/** True when the text contains Cyrillic letters. */
export function hasCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text);
}

/** Letter-for-letter Cyrillic → Latin (other characters unchanged; case kept per letter). */
export function toLatin(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC[lower];
    if (latin === undefined) out += ch;
    else if (lower !== ch && latin.length > 0) out += latin[0]!.toUpperCase() + latin.slice(1);
    else out += latin;
  }
  return out;
}

/** Longest match first; each source sequence folds to one token. */
const FOLDS: [string, string][] = [
  ['shch', 'S'],
  ['dzh', 'J'],
  ['tch', 'C'],
  ['sch', 'S'],
  ['zh', 'J'],
  ['dj', 'J'],
  ['kh', 'H'],
  ['ch', 'C'],
  ['sh', 'S'],
  ['ts', 'T'],
  ['tz', 'T'],
  ['gh', 'g'],
  ['ng', 'n'],
  ['j', 'J'],
  ['h', 'H'],
  ['x', 'H'],
  ['c', 'T'],
  ['q', 'k'],
  ['w', 'v'],
  // voiced and voiceless pairs (Kyrgyz Дөбө, Russian Тюбе, Latin Tebe; Терек / Терег)
  ['b', 'p'],
  ['d', 't'],
  ['g', 'k'],
  ['z', 's'],
  ['v', 'f'],
  ['a', 'A'],
  ['e', 'E'],
  ['o', 'E'],
  ['u', 'E'],
  ['i', 'I'],
  ['y', 'I'],
];
const VOWELS = new Set(['A', 'E', 'I']);

/**
 * The folded skeleton of a name in Latin or Cyrillic script: equal skeletons mean the spellings
 * agree under transliteration (see the module comment for what is folded).
 */
export function skeleton(name: string): string {
  const plain = toLatin(name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
  const tokens: string[] = [];
  for (let i = 0; i < plain.length;) {
    const fold = FOLDS.find(([from]) => plain.startsWith(from, i));
    const [from, to] = fold ?? [plain[i]!, plain[i]!];
    tokens.push(to);
    i += from.length;
  }
  const single = (ts: string[]): string[] => ts.filter((t, i) => t !== ts[i - 1]);
  const once = single(tokens);
  // y/i before another vowel is a glide (ya = ia = a; -oye = -ое).
  return single(once.filter((t, i) => !(t === 'I' && VOWELS.has(once[i + 1] ?? '')))).join('');
}

/**
 * Words that say what a place is, not what it is called: Kyrgyz шаары (town), шаарчасы
 * (township), кыштагы / айылы (village), Russian город, село, посёлок. Dropped before comparing.
 */
const GENERIC_WORDS = new Set(
  [
    ...['шаары', 'шаарчасы', 'кыштагы', 'айылы', 'город', 'село', 'посёлок', 'поселок'],
    ...['shaary', 'shaarchasy', 'kyshtagy', 'aiyly', 'ayyly', 'gorod', 'selo', 'posyolok'],
    ...['poselok', 'posëlok'],
  ].map((w) => w.normalize('NFC')),
);
/** "Named after": Kyrgyz `X атындагы`, Russian `имени X-а`, Latin `Imeni X-a`, `Named for X-a`. */
const NAMED_AFTER = /^(?:атындагы|имени|imeni|named|for)$/iu;

/** Every combination of the alternatives, e.g. [['a'], ['b', 'c']] → ['ab', 'ac']. */
function readings(
  text: string,
  pattern: RegExp,
  alternatives: (match: string) => string[],
): string[] {
  let out = [''];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const before = text.slice(last, m.index);
    out = out.flatMap((o) => alternatives(m[0]).map((alt) => o + before + alt));
    last = m.index + m[0].length;
    if (out.length > 16) break; // a name with many j's: the first readings are enough
  }
  return out.map((o) => o + text.slice(last));
}

/**
 * The comparable skeletons of a name under every reading (see the module comment): two names
 * agree under transliteration when they share one.
 */
export function nameVariants(name: string): string[] {
  const words = nameWords(name)
    // a generic word also comes hyphenated: Жийде-Айылы
    .map((w) =>
      w
        .split('-')
        .filter((part) => !GENERIC_WORDS.has(part.toLowerCase()))
        .join('-'),
    )
    .filter((w) => w.length > 0);
  const named = words.filter((w) => !NAMED_AFTER.test(w));
  // Kyrgyz ңг / ңк is written ng in Latin (Жаңгак = Jangak), not ngg.
  const text = named.join(' ').replace(/[ңӊ](?=[гк])/giu, 'н');
  const spellings = [
    // Latin j: ж or й (not in dj / dzh, always ж).
    ...readings(text, /(?<![dD])[jJ]/g, (j) => [j, j === 'J' ? 'Y' : 'y']),
    // Kyrgyz word-initial ж: also the Uzbek y.
    ...(/(?:^|[\s-])[жЖ]/u.test(text) ? [text.replace(/(^|[\s-])[жЖ]/gu, '$1й')] : []),
  ];
  const out = new Set<string>();
  for (const sp of spellings) {
    const s = skeleton(sp);
    out.add(s);
    if (named.length < words.length) out.add(s.replace(/A$/, ''));
  }
  out.delete('');
  return [...out];
}

/** The main variant of a name (the first of `nameVariants`), used as a key. */
export function comparableSkeleton(name: string): string {
  return nameVariants(name)[0] ?? '';
}

/** Whether two names agree under transliteration (share a variant). */
export function namesAgree(a: string, b: string): boolean {
  const va = new Set(nameVariants(a));
  return nameVariants(b).some((v) => va.has(v));
}

/** Words of a name (letters, digits, hyphens and apostrophes), in order. */
export function nameWords(name: string): string[] {
  return name.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}
