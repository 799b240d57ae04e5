// The ts-jest transformer that binds a file's built-ins once (test/localBuiltins.js): which names it
// binds, which it leaves to the file, and that jest's fake clock still reaches code under test.
import ts from 'typescript';
import { LocalHost } from '../src/local/localHost';
import type { Workbook } from '../src/core/workbook';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const transformer = require('./localBuiltins.js') as {
  factory: (options: { configSet: { compilerModule: typeof ts } }) => ts.TransformerFactory<ts.SourceFile>;
};

function transformed(source: string): string {
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    transformers: { before: [transformer.factory({ configSet: { compilerModule: ts } })] },
  }).outputText;
}

describe('localBuiltins', () => {
  it('binds the built-ins a file reads once, after the prologue, and leaves Date and Object alone', () => {
    const out = transformed(
      `'use strict';\nexport const f = (a: number[]) => Math.max(...a, Number(JSON.stringify(Date.now())), Object.keys(a).length);`,
    );
    expect(out).toContain('const { JSON, Math, Number } = globalThis;');
    expect(out.indexOf('"use strict"')).toBeLessThan(out.indexOf('const { JSON'));
  });

  it('leaves a name the file declares itself to the file', () => {
    const out = transformed(`function f() { const Map = 1; return Map + Math.PI; }\nexport { f };`);
    expect(out).toContain('const { Math } = globalThis;');
    expect(out).not.toContain('Map } = globalThis');
  });

  it("lets jest's fake clock reach code that reads Date: the command line's default clock", () => {
    jest.useFakeTimers({ now: new Date('2031-02-03T04:05:06Z') });
    try {
      const host = new LocalHost({} as Workbook);
      // 04:05 UTC is 11:05 in Asia/Jakarta, the command line's time zone.
      expect(host.now()).toBe('2031-02-03 11:05');
    } finally {
      jest.useRealTimers();
    }
  });
});
