// What `Siapkan Buku` tells the user: the tabs it created, and the next step the book as it now
// stands asks for (a book whose Pengaturan and Anggota are already filled is not told to fill them).
import type { Book } from '../book/types';
import { membersTab, settingsTab } from '../book/schema';
import type { Bilingual } from '../text';

/** The next steps, in the order they are done: group name, members, then the checks. */
function nextSteps(book: Book): Bilingual[] {
  const steps: Bilingual[] = [];
  if (!book.settings.groupName) {
    const tab = book.tabNames.settings ?? settingsTab.name;
    steps.push({ id: `isi Nama Kelompok di tab ${tab}`, en: `fill in Nama Kelompok in the ${tab} tab` });
  }
  if (book.members.length === 0) {
    const tab = book.tabNames.members ?? membersTab.name;
    steps.push({ id: `isi data anggota di tab ${tab}`, en: `enter the members in the ${tab} tab` });
  }
  if (steps.length === 0) steps.push({ id: 'jalankan Periksa Data', en: 'run Periksa Data (Check Data)' });
  return steps;
}

/** `created`: the tabs just created, in order; `book`: the book read after creating them. */
export function setupMessage(created: readonly string[], book: Book): Bilingual {
  const steps = nextSteps(book);
  const next = {
    id: `Berikutnya: ${steps.map((s) => s.id).join(', lalu ')}.`,
    en: `Next: ${steps.map((s) => s.en).join(', then ')}.`,
  };
  return created.length === 0
    ? {
        id: `Semua tab sudah ada; tidak ada yang diubah. ${next.id}`,
        en: `Every tab is already there; nothing was changed. ${next.en}`,
      }
    : {
        id: `Tab dibuat: ${created.join(', ')}. ${next.id}`,
        en: `Tabs created: ${created.join(', ')}. ${next.en}`,
      };
}
