import { districtBook } from '../src/core/demo/districtBook';
import { XlsxWorkbook } from '../src/local/xlsxWorkbook';
import { reviewBook } from '../src/core/reviewBook';
import { creditReport } from '../src/core/credit/creditReport';
import { memberSavings } from '../src/core/savings/memberSavings';
import { memberCards, activeMembersOn } from '../src/core/memberCard/memberCard';
import { saprodiReport } from '../src/core/saprodi/saprodiReport';
const TODAY = '2026-11-28';
for (const scale of [0.1, 0.3, 1]) {
  const d = districtBook(TODAY, scale);
  const wb = XlsxWorkbook.create();
  for (const tab of d.tabs) wb.writeInputGrid(tab.spec, tab.name, tab.grid, tab.headerRow);
  const { book } = reviewBook(wb, TODAY);
  const credit = creditReport(book, TODAY);
  const savings = memberSavings(book, TODAY);
  const members = activeMembersOn(book, TODAY);
  let t = performance.now();
  const cards = memberCards({ book, credit, savings }, members);
  const cardMs = performance.now() - t;
  // a Saprodi season with every member: 3 rows each
  const saprodi = members.flatMap((m, i) => ['Urea', 'NPK', 'Benih'].map((kind, k) => ({ tab: 'Saprodi', row: 2 + i * 3 + k, season: 'MT I 2026', memberId: m.id, commodity: 'Padi', areaHa: 0.5, kind, plannedKg: 100 })));
  t = performance.now();
  const rep = saprodiReport({ ...book, saprodi } as never, 'MT I 2026');
  const sapMs = performance.now() - t;
  console.log(`scale ${scale}: ${members.length} members, ${book.cash.length} Kas, ${book.loans.length} loans: all cards ${cardMs.toFixed(0)} ms (${cards.length}); saprodi ${saprodi.length} rows ${sapMs.toFixed(0)} ms (${rep.rdkk.length})`);
}
