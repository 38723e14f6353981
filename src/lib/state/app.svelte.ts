import { parseUrl, serializeUrl, type MapView } from './url';
import { t } from '../i18n/messages';

/** Kyrgyzstan as a whole, the first view a new visitor sees. */
export const HOME_VIEW: MapView = { zoom: 6.2, lat: 41.3, lon: 74.7 };

/** The one state module: everything the UI shows is derived from here. */
export class AppState {
  /** The current map view (centre and zoom), kept in the URL. */
  view = $state<MapView>(HOME_VIEW);
  /** Whether the first render of the map has finished. */
  mapReady = $state(false);
  /** Messages for the user (bad URL parameters, map errors). */
  notices = $state<string[]>([]);

  /** The query string that reproduces this view. */
  readonly search = $derived(serializeUrl({ view: this.view }, ''));

  /** Loads the state from a query string, reporting what it had to ignore. */
  loadFromUrl(search: string): void {
    const { state, errors } = parseUrl(search);
    if (state.view) this.view = state.view;
    this.notices = errors.map((value) => t('url.badView', { value }));
  }

  /** Called by the map when the user has moved it. */
  setView(view: MapView): void {
    this.view = view;
  }

  dismissNotice(index: number): void {
    this.notices = this.notices.filter((_, i) => i !== index);
  }
}

export const app = new AppState();

/** Mirrors the state into the address bar (replaceState) so every view can be shared. */
export function mirrorToUrl(state: AppState): () => void {
  return $effect.root(() => {
    $effect(() => {
      const search = state.search;
      if (search !== location.search) {
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      }
    });
  });
}
