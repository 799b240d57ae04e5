// Audit (3 December): when Apps Script stops a server call at its time limit (a district book's
// every member card, say), google.script.run calls the failure handler with "Exceeded maximum
// execution time". The sidebar says the server did not answer, names the internal function and
// asks to check the internet connection and try again, which runs into the same limit; the user
// reads `Server tidak menjawab (generateAllMemberCards). Periksa koneksi internet, lalu coba lagi.
// (Exceeded maximum execution time)`.
import { scriptRunTransport, type ScriptRun } from '../../../sidebar/transport';

/** google.script.run whose every call fails with `error`, as Apps Script reports a cut-off run. */
function failingRun(error: Error): ScriptRun {
  let onFailure: (e: unknown) => void = () => undefined;
  const run: ScriptRun = {
    withSuccessHandler: () => run,
    withFailureHandler: (fn) => ((onFailure = fn), run),
    generateAllMemberCards: () => onFailure(error),
  };
  return run;
}

test('a call Apps Script stopped at its time limit is not said as a lost connection', async () => {
  const transport = scriptRunTransport(failingRun(new Error('Exceeded maximum execution time')));
  const res = await transport('generateAllMemberCards', []);
  if (res.ok) throw new Error('expected a failure');
  expect(res.error.message.id).not.toMatch(/koneksi internet/);
  expect(res.error.message.en).not.toMatch(/internet connection/);
  // The user's words, not the add-on's function names; no English detail inside the Indonesian.
  expect(res.error).toEqual({
    code: 'server.timeLimit',
    message: {
      id: 'Apps Script menghentikan tindakan ini karena melewati batas waktunya; mencoba lagi akan berhenti di batas yang sama. Untuk buku sebesar ini, pakai baris perintah (buku-kelompok) pada salinan .xlsx-nya.',
      en: 'Apps Script stopped this action at its time limit; trying again stops at the same limit. For a book this size, use the command line (buku-kelompok) on an .xlsx copy of it.',
    },
  });
});

test('a lost connection names no function of the add-on', async () => {
  const transport = scriptRunTransport(
    failingRun(new Error('NetworkError when attempting to fetch resource.')),
  );
  const res = await transport('generateAllMemberCards', []);
  if (res.ok) throw new Error('expected a failure');
  expect(res.error.message).toEqual({
    id: 'Server tidak menjawab. Periksa koneksi internet, lalu coba lagi. (NetworkError when attempting to fetch resource.)',
    en: 'The server did not answer. Check the internet connection, then try again. (NetworkError when attempting to fetch resource.)',
  });
});
