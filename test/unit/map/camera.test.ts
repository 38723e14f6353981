import { describe, expect, it } from 'vitest';
import { focusPadding, panelWidth } from '../../../src/lib/map/camera';

describe('focus padding', () => {
  it('keeps a site clear of the desktop details panel over the map’s right edge', () => {
    // 25rem at 16 px is narrower than 40 % of 1280 px.
    expect(panelWidth(1280)).toBe(400);
    expect(focusPadding(1280, 800)).toEqual({ top: 80, left: 80, bottom: 80, right: 480 });
  });

  it('follows the panel’s 40vw cap on a narrow desktop and a larger root font', () => {
    expect(panelWidth(800)).toBe(320);
    expect(focusPadding(800, 600, 20).right).toBe(320 + 80);
  });

  it('keeps a site above a phone’s details sheet', () => {
    expect(focusPadding(390, 844)).toEqual({ top: 30, left: 30, right: 30, bottom: 348 });
  });
});
