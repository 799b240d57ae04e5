// The built dist/sidebar.html as HtmlService serves it, and the rule that sheet text never meets innerHTML.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('dist/sidebar.html', () => {
  const html = readFileSync(join(root, 'dist', 'sidebar.html'), 'utf8');

  test('one self-contained file: inline style and script, no module, no external resource', () => {
    expect(html).not.toContain('<!-- SCRIPT -->');
    expect(html).not.toContain('<!-- STYLE -->');
    expect(html).toMatch(/<style>[^]*\.cards[^]*<\/style>/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(html).not.toMatch(/type=["']?module/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
    expect(html).not.toMatch(/url\(\s*['"]?https?:/i);
    expect(html).not.toMatch(/@import/);
    // Safe also through HtmlService templates (createTemplateFromFile), which read `<?` as scriptlets.
    expect(html).not.toContain('<?');
  });

  test('the sidebar code never writes HTML strings', () => {
    const offenders = files(join(root, 'sidebar'))
      .filter((f) => f.endsWith('.ts'))
      .filter((f) =>
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser/.test(readFileSync(f, 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});
