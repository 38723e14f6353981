import type { DistanceUnit } from '../shared/vocabulary';
import type { MapView } from './url';

/** Kyrgyzstan as a whole, the first view a new visitor sees. */
export const HOME_VIEW: MapView = { zoom: 6.2, lat: 41.3, lon: 74.7 };

/** Where the map looks, how distances are shown, and whether the About view is open. */
export class ViewState {
  /** The current map view (centre and zoom). */
  view = $state.raw<MapView>(HOME_VIEW);
  /** Whether the view came from a link (then the map does not fly to a selection on load). */
  fromLink = false;
  /** The map's visible area [west, south, east, north], degrees; null before the map is drawn. */
  bounds = $state.raw<[number, number, number, number] | null>(null);
  /** Unit of every distance shown. */
  unit = $state<DistanceUnit>('km');
  /** Whether the About view is open (`?about`). */
  about = $state(false);

  /** The map was moved (by the user or a camera move): its centre, zoom and visible area. */
  moved(view: MapView, bounds: [number, number, number, number] | null = this.bounds): void {
    this.view = view;
    this.bounds = bounds;
  }

  /** A view read from a link (null: keep the current one). */
  fromUrl(view: MapView | null): void {
    if (!view) return;
    this.view = view;
    this.fromLink = true;
  }

  setUnit(unit: DistanceUnit): void {
    this.unit = unit;
  }

  /** Opens or closes the About view. */
  showAbout(on: boolean): void {
    this.about = on;
  }
}
