// Every error code the API answers has a message in both languages; unknown codes get the generic one.
import { apiError } from '../../../src/core/api/errorMessages';

describe('apiError', () => {
  it.each([
    'lock.timeout',
    'tab.notGenerated',
    'tab.notFound',
    'tab.exists',
    'permission.denied',
    'book.noTabs',
    'fix.notFound',
    'fix.none',
    'date.invalid',
    'lang.invalid',
    'cell.invalid',
    'cell.tabGone',
    'season.none',
    'html.missing',
    'internal',
  ])('%s has an Indonesian and an English message', (code) => {
    const error = apiError(code, { tab: 'Simpanan', value: 'x' });
    expect(error.code).toBe(code);
    expect(error.message.id.length).toBeGreaterThan(10);
    expect(error.message.en.length).toBeGreaterThan(10);
    expect(error.message.id).not.toBe(error.message.en);
  });

  it('names the tab to rename', () => {
    expect(apiError('tab.notGenerated', { tab: 'Simpanan' }).message.id).toContain('"Simpanan"');
  });

  it('reads well when the adapter did not name the tab', () => {
    expect(apiError('tab.notFound').message.en).toBe(
      "The tab was not found. Check the tab's name, or run Siapkan Buku (set up the book) to create missing tabs.",
    );
  });

  it('keeps an unknown code with the generic message', () => {
    expect(apiError('something.odd')).toEqual({
      code: 'something.odd',
      message: apiError('internal').message,
    });
  });
});
