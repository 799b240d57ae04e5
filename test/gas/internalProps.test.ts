// The property names dist/Code.js shortens (scripts/internalProps.json) are the add-on's own: none is
// in what google.script.run carries either way, none is read by the sidebar, none is Apps Script's,
// zod's or JavaScript's. (The build itself refuses a name that is also written as text in the bundle.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');
const internal: string[] = (
  JSON.parse(readFileSync(join(root, 'scripts', 'internalProps.json'), 'utf8')) as { names: string[] }
).names;

function filesUnder(dir: string, ends: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ends);
    return ends.some((end) => name.endsWith(end)) ? [path] : [];
  });
}

const wordsOf = (paths: string[]): Set<string> =>
  new Set(paths.flatMap((path) => readFileSync(path, 'utf8').match(/[A-Za-z_$][\w$]*/g) ?? []));

/** Every property name of the types the entry points of src/gas/index.ts take and give back, nested. */
function apiPropertyNames(): Set<string> {
  const entry = join(root, 'src', 'gas', 'index.ts');
  const program = ts.createProgram([entry], {
    strict: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    types: ['google-apps-script'],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const names = new Set<string>();
  const seen = new Set<ts.Type>();
  const walk = (type: ts.Type): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) return type.types.forEach(walk);
    if (checker.isArrayType(type) || checker.isTupleType(type))
      return checker.getTypeArguments(type as ts.TypeReference).forEach(walk);
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      // Members of strings, numbers and the like are JavaScript's, not the API's.
      if (declaration?.getSourceFile().hasNoDefaultLib) continue;
      names.add(property.name);
      if (declaration) walk(checker.getTypeOfSymbolAtLocation(property, declaration));
    }
    checker.getIndexInfosOfType(type).forEach((info) => walk(info.type));
  };
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  for (const exported of checker.getExportsOfModule(module)) {
    const type = checker.getTypeOfSymbolAtLocation(exported, exported.valueDeclaration!);
    for (const signature of type.getCallSignatures()) {
      walk(signature.getReturnType());
      for (const parameter of signature.getParameters())
        walk(checker.getTypeOfSymbolAtLocation(parameter, parameter.valueDeclaration!));
    }
  }
  return names;
}

describe('the property names dist/Code.js shortens', () => {
  it('are none of the API: nothing google.script.run carries is renamed', () => {
    const api = apiPropertyNames();
    // The walk reaches the responses' fields (a sanity check that it walked at all).
    expect([...api]).toEqual(
      expect.arrayContaining(['ok', 'data', 'error', 'message', 'outstandingPrincipal']),
    );
    expect(internal.filter((name) => api.has(name))).toEqual([]);
  }, 60_000);

  it('are none the sidebar names, nor Apps Script, zod or JavaScript', () => {
    const sidebar = wordsOf(filesUnder(join(root, 'sidebar'), ['.ts']));
    expect(internal.filter((name) => sidebar.has(name))).toEqual([]);
    const outside = wordsOf([
      ...filesUnder(join(root, 'node_modules', '@types', 'google-apps-script'), ['.d.ts']),
      ...filesUnder(join(root, 'node_modules', 'zod', 'v4'), ['.js']),
      ...filesUnder(join(root, 'node_modules', 'typescript', 'lib'), ['.d.ts']),
    ]);
    expect(internal.filter((name) => outside.has(name))).toEqual([]);
  });

  it('are shortened: none of them is left in dist/Code.js', () => {
    const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
    expect(internal.filter((name) => new RegExp(`\\b${name}\\b`).test(code))).toEqual([]);
  });
});
