/**
 * Every UI string, keyed, so the atlas can be translated (English first; Russian, Kyrgyz and
 * Chinese follow). Components call `t('key')`; data text (names, quotes) never goes through here.
 */
export const en = {
  'app.title': 'Kyrgyz–China Atlas',
  'app.tagline': 'Chinese development projects in Kyrgyzstan and the places they touch',
  'map.label':
    'Map of Kyrgyzstan: Chinese projects, border crossings, protests, mines, communities',
  'map.error': 'The map could not be drawn: {message}',
  'map.webglMissing':
    'This browser cannot draw the map (WebGL is unavailable). The list of sites still works.',
  'data.loading': 'Loading sites…',
  'data.error': 'The atlas data could not be loaded: {message}',

  'layer.projects': 'Chinese projects',
  'layer.crossings': 'Border crossings',
  'layer.protests': 'Protests',
  'layer.mines': 'Mines',
  'layer.communities': 'Communities',
  'layers.title': 'Layers',
  'layers.toggle': 'Show or hide layers',
  'legend.uncertain': 'Dashed circle: the area a site located only to a town or district may be in',
  'legend.cluster': 'Numbered circle: a group of communities; zoom in to see them',

  'search.label': 'Search sites and places',
  'search.placeholder': 'Search: Torugart, Кочкор, 吐尔尕特…',
  'search.none': 'No site or place matches “{query}”.',
  'search.results': '{count} results',
  'search.also': 'also “{name}”',

  'details.close': 'Close details',
  'details.unknown': 'No such site: “{id}”. The link may be mistyped or the site was renamed.',
  'details.otherNames': 'Also known as',
  'details.kind': 'Type',
  'details.operator': 'Operator / company',
  'details.dates': 'Dates',
  'details.status': 'Status',
  'details.amount': 'Amount (constant 2021 USD)',
  'details.funders': 'Funders',
  'details.sector': 'Sector',
  'details.size': 'Size',
  'details.targets': 'Directed at',
  'details.related': 'Related',
  'details.location': 'Location',
  'details.oblast': 'Region (oblast)',
  'details.rayon': 'District (rayon)',
  'details.population': 'Population',
  'details.populationUnknown': 'unknown',
  'details.aiddata': 'AidData record',
  'details.disputes': 'Where sources disagree',
  'details.sources': 'Sources',
  'details.quote': 'Quoted from the source',
  'details.paywalled': 'subscription needed',
  'details.noLink': 'no usable link',
  'details.osm': 'OpenStreetMap feature',

  'precision.exact': 'Exact location.',
  'precision.approximate':
    'Approximate location: the site is within about {km} of the point shown.',
  'precision.town':
    'Located to the town only; the exact site is unknown (within about {km} of the point shown).',
  'precision.district':
    'Located to the district only; the exact site is unknown (within about {km} of the point shown).',
  'precision.region':
    'Located to the region only; the exact site is unknown (within about {km} of the point shown).',

  'list.open': 'List of sites',
  'list.title': 'Sites',
  'list.close': 'Close list',
  'list.scope': 'Show',
  'list.inView': 'Sites in the map view',
  'list.all': 'All sites',
  'list.layer': 'Layer',
  'list.allLayers': 'All layers',
  'list.name': 'Name',
  'list.precision': 'Location',
  'list.dates': 'Dates',
  'list.count': '{count} sites',
  'list.empty': 'No site matches. Zoom out or choose “All sites”.',
  'list.sortBy': 'Sort by {column}',

  'proximity.title': 'Nearest communities',
  'proximity.fromGeometry':
    'Measured on the WGS84 ellipsoid from the nearest point of the site’s line or area.',
  'proximity.fromPoint': 'Measured on the WGS84 ellipsoid from the point shown.',
  'proximity.uncertain':
    'The site’s exact location is unknown (it may be anywhere within {km} of the point shown), so each distance is a range: nearest possible – farthest possible.',
  'proximity.community': 'Community',
  'proximity.distance': 'Distance',
  'proximity.direction': 'Direction from the site',
  'proximity.more': 'Show {count} more',
  'proximity.none': 'No communities found.',
  'proximity.drawn': 'from the point shown: {distance}',
  'rings.title': 'Radius rings',
  'rings.label': 'Radii in km, separated by commas',
  'rings.apply': 'Draw rings',
  'rings.reset': 'Default (5, 10, 25)',
  'rings.within': '{count} communities within {radius}',
  'rings.certain': '{count} certainly within {radius}',
  'rings.possible': '{count} more possibly within {radius}, depending on where the site really is',
  'rings.population':
    'Population known for {known} of {count} communities (total of the known: {total}).',
  'rings.populationNone': 'Population unknown for all {count}.',
  'rings.tooMany': 'At most {max} rings.',
  'rings.showList': 'Show the communities',

  'measure.start': 'Measure distance',
  'measure.stop': 'Stop measuring',
  'measure.title': 'Ruler',
  'measure.hint':
    'Click the map to add points. Keyboard: move the map with the arrow keys, then “Add point at map centre”.',
  'measure.addCentre': 'Add point at map centre',
  'measure.undo': 'Remove last point',
  'measure.clear': 'Clear',
  'measure.segment': 'Segment {n}',
  'measure.total': 'Total',
  'measure.empty': 'No points yet.',
  'measure.unit': 'Unit',
  'measure.km': 'kilometres',
  'measure.mi': 'miles',
  'measure.geodesic': 'Geodesic distances on the WGS84 ellipsoid.',

  'table.open': 'Distance table',
  'table.title': 'Distance table: sites × communities',
  'table.intro':
    'Every community within the radius of each site of the chosen layers, measured on the WGS84 ellipsoid from the nearest point of the site. Where a site’s location is uncertain, the table gives the nearest and farthest possible distance and marks communities that are only possibly within the radius.',
  'table.layers': 'Sites from',
  'table.radius': 'Radius (km)',
  'table.compute': 'Make table',
  'table.computing': 'Measuring…',
  'table.summary':
    '{pairs} site–community pairs ({certain} certain, {possible} possible) for {sites} sites within {radius}.',
  'table.preview': 'First {count} rows:',
  'table.csv': 'Download CSV',
  'table.geojson': 'Download GeoJSON',
  'table.noLayers': 'Choose at least one layer.',
  'table.close': 'Close',
  'table.site': 'Site',
  'table.within': 'Within',
  'table.certain': 'certainly',
  'table.possible': 'possibly',

  'compare.label': 'Distance to another site',
  'compare.choose': 'Choose a site…',
  'compare.result': '{name}: {distance} to the {direction} (geodesic, WGS84).',
} as const;

export type MessageKey = keyof typeof en;

/** Returns the message for `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
