// The README shows the office's summary in both dialects: what it shows must be the shipped files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  OFFICE_SUMMARY_BIGQUERY_SQL,
  OFFICE_SUMMARY_SQL,
  packageRoot,
  readPackageFile,
} from '../../../src/local/export/officeSummarySql';
import { warehouseTables } from '../../../src/local/export/warehouseSchema';

const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');

/** The ```sql block under `<summary>path …</summary>`. */
function shownQuery(path: string): string | undefined {
  const start = readme.indexOf(`<summary>${path} `);
  if (start < 0) return undefined;
  const block = /```sql\n([\s\S]*?)\n```/.exec(readme.slice(start));
  return block?.[1];
}

describe('README', () => {
  it.each([OFFICE_SUMMARY_SQL, OFFICE_SUMMARY_BIGQUERY_SQL])('shows %s as it is', (path) => {
    expect(shownQuery(path)).toBe(readPackageFile(path).trimEnd());
  });

  it('shows a bq load for every table the export writes', () => {
    expect(readme).toContain(`for t in ${warehouseTables.map((t) => t.name).join(' ')}; do`);
  });
});
