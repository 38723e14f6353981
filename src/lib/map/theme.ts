/** Colours and fonts of the atlas map, in one place so every layer function shares them. */
export interface Theme {
  background: string;
  land: string;
  kyrgyzstan: string;
  neighbourLabel: string;
  water: string;
  waterLabel: string;
  river: string;
  glacier: string;
  border: string;
  disputed: string;
  oblast: string;
  rayon: string;
  label: string;
  labelHalo: string;
  adminLabel: string;
  regionLabel: string;
  fontRegular: string[];
  fontMedium: string[];
  fontItalic: string[];
  /** Colour of each data layer's symbols (also used by the legend). */
  layers: Record<
    'projects' | 'crossings' | 'protests' | 'mines' | 'communities' | 'imported',
    string
  >;
  selection: string;
  hover: string;
  ring: string;
  measure: string;
}

/** The default light theme: a quiet reference map so data layers stand out. */
export const lightTheme: Theme = {
  background: '#dfe3e6',
  land: '#eceae4',
  kyrgyzstan: '#fbfaf6',
  neighbourLabel: '#8a8f94',
  water: '#a9cde6',
  waterLabel: '#3d6f94',
  river: '#7fb1d6',
  glacier: '#ffffff',
  border: '#6b5f73',
  disputed: '#9a8fa0',
  oblast: '#8f8399',
  rayon: '#b9b0bf',
  label: '#2b2b2b',
  labelHalo: 'rgba(255,255,255,0.9)',
  adminLabel: '#7a6e85',
  regionLabel: '#8b7d6b',
  fontRegular: ['Noto Sans Regular'],
  fontMedium: ['Noto Sans Medium'],
  fontItalic: ['Noto Sans Italic'],
  layers: {
    projects: '#c0392b',
    crossings: '#6c3483',
    protests: '#d35400',
    mines: '#7e5109',
    communities: '#34495e',
    imported: '#117a65',
  },
  selection: '#f1c40f',
  hover: '#2e86c1',
  ring: '#1a5276',
  measure: '#0b5345',
};
