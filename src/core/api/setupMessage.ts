// What `Siapkan Buku` tells the user: the tabs it created, and the next step the book as it now
// stands asks for (a book whose Pengaturan and Anggota are already filled is not told to fill them).
import type { Book } from '../book/types';
import type { BookUpgrade } from '../book/upgradeBook';
import { membersTab, settingsTab } from '../book/schema';
import { text as t, type Bilingual } from '../text';

/** A tab whose header row was not found: nothing in it can be read until its headers are right. */
const fixHeaders = (tab: string): Bilingual =>
  t(
    `perbaiki baris judul kolom tab ${tab} (Periksa Data menunjukkan yang kurang)`,
    `fix the column headers of the ${tab} tab (Periksa Data shows what is missing)`,
  );

/**
 * The next steps, in the order they are done: group name, members, the fine, then the checks. A
 * Pengaturan or Anggota whose header row was not found (`unread`, by its name in the schema) first
 * needs its headers: filling it in would not be read (found by an audit: "isi Nama Kelompok" of a
 * Pengaturan that held it, under no header).
 */
function nextSteps(book: Book, unread: readonly string[]): Bilingual[] {
  const steps: Bilingual[] = [];
  const settings = book.tabNames.settings ?? settingsTab.name;
  if (unread.includes(settingsTab.name)) steps.push(fixHeaders(settings));
  else if (!book.settings.groupName)
    steps.push(t(`isi Nama Kelompok di tab ${settings}`, `fill in Nama Kelompok in the ${settings} tab`));
  const members = book.tabNames.members ?? membersTab.name;
  if (unread.includes(membersTab.name)) steps.push(fixHeaders(members));
  else if (book.members.length === 0)
    steps.push(t(`isi data anggota di tab ${members}`, `enter the members in the ${members} tab`));
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
 * `upgrade`: what was added to the tabs that were there; `unread`: the input tabs there whose header
 * row was not found (`unreadInputTabs`).
 */
export function setupMessage(
  created: readonly string[],
  book: Book,
  upgrade?: BookUpgrade,
  unread: readonly string[] = [],
): Bilingual {
  const steps = nextSteps(book, unread);
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
