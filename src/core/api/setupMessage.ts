// What `Siapkan Buku` tells the user: the tabs it created, and the next step the book as it now
// stands asks for (a book whose Pengaturan and Anggota are already filled is not told to fill them).
import type { Book } from '../book/types';
import type { BookUpgrade } from '../book/upgradeBook';
import { membersTab, settingsTab } from '../book/schema';
import { text as t, type Bilingual } from '../text';

/** The next steps, in the order they are done: group name, members, the fine, then the checks. */
function nextSteps(book: Book): Bilingual[] {
  const steps: Bilingual[] = [];
  const settings = book.tabNames.settings ?? settingsTab.name;
  if (!book.settings.groupName)
    steps.push(t(`isi Nama Kelompok di tab ${settings}`, `fill in Nama Kelompok in the ${settings} tab`));
  if (book.members.length === 0) {
    const tab = book.tabNames.members ?? membersTab.name;
    steps.push(t(`isi data anggota di tab ${tab}`, `enter the members in the ${tab} tab`));
  }
  const filled = steps.length === 0;
  // Fines paid on loans are checked against the fine set: with none, each one is too much.
  if (!book.settings.lateFine && book.cash.some((c) => c.category === 'Denda' && c.loanId))
    steps.push(
      t(
        `isi Denda Keterlambatan dan Masa Tenggang Denda di tab ${settings}`,
        `fill in Denda Keterlambatan and Masa Tenggang Denda in the ${settings} tab`,
      ),
    );
  if (filled) steps.push(t('jalankan Periksa Data', 'run Periksa Data (Check Data)'));
  return steps;
}

/** What was added to existing tabs, one sentence each; a dropdown left alone is said too. */
function upgradeLines(upgrade: BookUpgrade | undefined): Bilingual[] {
  if (!upgrade) return [];
  const lines: Bilingual[] = [];
  if (upgrade.settings) {
    const { tab, keys } = upgrade.settings;
    lines.push(t(`Ditambahkan ke ${tab}: ${keys.join(', ')}.`, `Added to ${tab}: ${keys.join(', ')}.`));
  }
  for (const w of upgrade.widened) {
    const added = w.added.join(', ');
    lines.push(
      t(
        `Pilihan ${added} ditambahkan ke ${w.header} di ${w.tab}.`,
        `Choice ${added} added to ${w.header} in ${w.tab}.`,
      ),
    );
  }
  for (const o of upgrade.ownRules) {
    // A rule of another kind (a range, a formula): its choices are not known, so not checked.
    const lacking = o.lacking?.join(', ');
    lines.push(
      t(
        `${o.header} di ${o.tab} memakai aturan isian sendiri: tidak diubah${lacking ? `, ${lacking} tidak ditambahkan` : ' dan tidak diperiksa'}.`,
        `${o.header} in ${o.tab} has its own validation rule: left as it is${lacking ? `, ${lacking} not added` : ' and not checked'}.`,
      ),
    );
  }
  return lines;
}

/**
 * `created`: the tabs just created, in order; `book`: the book read after creating them;
 * `upgrade`: what was added to the tabs that were there.
 */
export function setupMessage(created: readonly string[], book: Book, upgrade?: BookUpgrade): Bilingual {
  const steps = nextSteps(book);
  const next = t(
    `Berikutnya: ${steps.map((s) => s.id).join(', lalu ')}.`,
    `Next: ${steps.map((s) => s.en).join(', then ')}.`,
  );
  const lines = upgradeLines(upgrade);
  const added = upgrade !== undefined && (upgrade.settings !== undefined || upgrade.widened.length > 0);
  const head: Bilingual =
    created.length > 0
      ? t(`Tab dibuat: ${created.join(', ')}.`, `Tabs created: ${created.join(', ')}.`)
      : added
        ? t('Semua tab sudah ada.', 'Every tab is already there.')
        : t(
            'Semua tab sudah ada; tidak ada yang diubah.',
            'Every tab is already there; nothing was changed.',
          );
  const all = [head, ...lines, next];
  return t(all.map((l) => l.id).join(' '), all.map((l) => l.en).join(' '));
}
