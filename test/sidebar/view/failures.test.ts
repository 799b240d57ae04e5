import { asApiResponse, callFailed, shortDetail } from '../../../sidebar/view/failures';

describe('failures the user can act on', () => {
  test('a stack trace is cut to its first line', () => {
    const e = new Error('Lock timeout\n    at withLock (Code.js:1:200)\n    at runChecks (Code.js:1:900)');
    expect(shortDetail(e)).toBe('Lock timeout');
    expect(shortDetail({ message: 'ScriptError: boom' })).toBe('ScriptError: boom');
    expect(shortDetail(null)).toBe('');
    expect(shortDetail('x'.repeat(300))).toHaveLength(158);
  });

  test('an unreachable server says what to do, in both languages, without null', () => {
    const err = callFailed(new Error('NetworkError'));
    expect(err.code).toBe('server.unreachable');
    expect(err.message.id).toContain('coba lagi');
    expect(err.message.en).toContain('try again');
    expect(err.message.id).toContain('(NetworkError)');
    expect(JSON.stringify(err)).not.toContain('null');
  });

  test('a permission failure asks for edit rights', () => {
    const err = callFailed(new Error('You do not have permission to call setValue'));
    expect(err.code).toBe('server.permission');
    expect(err.message.en).toContain('edit rights');
  });

  test('answers are checked at the border', () => {
    expect(asApiResponse('getOverview', { ok: true, data: 1 })).toEqual({ ok: true, data: 1 });
    const e = { code: 'lock.timeout', message: { id: 'Buku sedang dipakai.', en: 'The book is busy.' } };
    expect(asApiResponse('runChecks', { ok: false, error: e })).toEqual({ ok: false, error: e });
    for (const bad of [
      null,
      undefined,
      'x',
      {},
      { ok: true },
      { ok: false, error: { code: 'x', message: null } },
    ]) {
      const r = asApiResponse('runChecks', bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('response.invalid');
        expect(r.error.message.id).toContain('runChecks');
      }
    }
  });
});
