/** MapLibre's own control texts (scale bar units, button tooltips) in the UI language. */
import { t } from '../i18n/i18n.svelte';

/** The patch for MapLibre's `locale` table, read in the current language. */
export function mapUiStrings(): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': t('map.ui.zoomIn'),
    'NavigationControl.ZoomOut': t('map.ui.zoomOut'),
    'NavigationControl.ResetBearing': t('map.ui.resetBearing'),
    'FullscreenControl.Enter': t('map.ui.fullscreen'),
    'FullscreenControl.Exit': t('map.ui.exitFullscreen'),
    'AttributionControl.ToggleAttribution': t('map.ui.attribution'),
    'Map.Title': t('map.label'),
    'ScaleControl.Kilometers': t('map.ui.km'),
    'ScaleControl.Meters': t('map.ui.m'),
    'ScaleControl.Miles': t('map.ui.mi'),
    'ScaleControl.Feet': t('map.ui.ft'),
  };
}
