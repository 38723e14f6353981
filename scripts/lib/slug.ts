/** Kebab-case slug of a Latin name: `Kara-Balta` → `kara-balta`, `Naryn (city)` → `naryn-city`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['`ʻʼ‘’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
