// Finds an input tab by its name or an alias, compared without case, spaces or punctuation (docs/book.md §1).
import { inputTabs, normaliseTabName, type TabSpec } from './schema';

/** Every tab that stands for `spec`, best first: the canonical name, then the aliases in their order, then tab order. */
export function tabCandidates(names: readonly string[], spec: Pick<TabSpec, 'name' | 'aliases'>): string[] {
  const wanted = [spec.name, ...spec.aliases].map(normaliseTabName);
  const rank = (name: string) => wanted.indexOf(normaliseTabName(name));
  return names
    .map((name, order) => ({ name, order, rank: rank(name) }))
    .filter((c) => c.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((c) => c.name);
}

/** The tab's name as the user wrote it, or undefined when the book has no such tab. */
export function findTab(
  names: readonly string[],
  spec: Pick<TabSpec, 'name' | 'aliases'>,
): string | undefined {
  return tabCandidates(names, spec)[0];
}

/** The names among `names` that stand for an input tab (its name or an alias, spelt any way), in order. */
export function inputTabNames(names: readonly string[]): string[] {
  return names.filter((name) => inputTabs.some((spec) => findTab([name], spec)));
}
