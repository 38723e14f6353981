import { describe, expect, it } from 'vitest';
import { en, t } from '../../src/lib/i18n/messages';

describe('messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('map.error', { message: 'boom' })).toBe('The map could not be drawn: boom');
    expect(t('map.error')).toBe('The map could not be drawn: {message}');
  });

  it('has no empty message', () => {
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
  });
});
