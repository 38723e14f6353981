import type { SiteSearch, SearchEntry } from '../search/search';
import type { AnyFeature } from './features';

/** Name search over every site, community and feature of the user's layer. */
export class SearchState {
  /** The search index, built on first use (MiniSearch loads then, not at start). */
  index = $state.raw<{ entries: SearchEntry[]; index: SiteSearch } | null>(null);

  readonly #features: () => Iterable<AnyFeature>;

  /** `features` lists everything that can be found (read reactively). */
  constructor(features: () => Iterable<AnyFeature>) {
    this.#features = features;
  }

  /** One entry per feature: its names in every script. */
  readonly entries = $derived.by(() => {
    const entries: SearchEntry[] = [];
    for (const f of this.#features()) {
      const p = f.properties;
      const other = [
        'name_ru' in p ? p.name_ru : null,
        'name_ky' in p ? p.name_ky : null,
        'name_zh' in p ? p.name_zh : null,
        ...('alt_names' in p ? p.alt_names : []),
      ].filter((n): n is string => typeof n === 'string' && n !== p.name);
      // A community's district and region tell namesakes apart (two Naryns, two Kochkor-Atas).
      const where = p.layer === 'communities' ? `${p.rayon} · ${p.oblast}` : undefined;
      entries.push({ id: f.id, layer: p.layer, name: p.name, otherNames: other, where });
    }
    return entries;
  });

  /** Whether the index is built for the current features. */
  readonly ready = $derived(this.index?.entries === this.entries);

  /** Starts building the index for the current features, if not built yet. */
  prepare(): void {
    const entries = this.entries;
    if (!entries.length || this.index?.entries === entries) return;
    void import('../search/search').then(({ SiteSearch }) => {
      if (this.entries === entries) this.index = { entries, index: new SiteSearch(entries) };
    });
  }

  /** Up to `limit` matches for a query (none before the index is ready). */
  find(query: string, limit: number) {
    return query.trim() && this.ready && this.index ? this.index.index.search(query, limit) : [];
  }
}
