/**
 * Every UI string, keyed, so the atlas can be translated (English first; Russian, Kyrgyz and
 * Chinese follow). Components call `t('key')`; data text (names, quotes) never goes through here.
 */
export const en = {
  'app.title': 'Kyrgyz–China Atlas',
  'app.tagline': 'Chinese development projects in Kyrgyzstan and the places they touch',
  'app.offline': 'Offline map: no data leaves this computer',
  'map.label': 'Map of Kyrgyzstan and its neighbours',
  'map.loading': 'Loading map…',
  'map.error': 'The map could not be drawn: {message}',
  'map.webglMissing':
    'This browser cannot draw the map (WebGL is unavailable). The site list still works.',
  'url.badView': 'The map position in the link was not understood and was ignored: {value}',
} as const;

export type MessageKey = keyof typeof en;

/** Returns the message for `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
