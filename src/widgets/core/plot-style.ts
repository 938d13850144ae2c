/**
 * Shared look of the course's figures. Colours are mid-tones that keep at least 3:1 contrast
 * against both the light and the dark page (WCAG's bar for graphics); text uses currentColor, so
 * it follows the theme.
 */
export const colors = {
  blue: '#3b82f6',
  orange: '#ea580c',
  green: '#16a34a',
  purple: '#a855f7',
  red: '#dc2626',
  gray: '#8b8f98',
} as const;

/** A figure's size: fixed, so the build-time figure and the live one take the same space. */
export const FIGURE_WIDTH = 640;
export const FIGURE_HEIGHT = 320;

/** Options every Plot figure starts from. */
export const plotDefaults = {
  width: FIGURE_WIDTH,
  height: FIGURE_HEIGHT,
  style: { background: 'transparent', fontSize: '12px', overflow: 'visible' },
} as const;
