// A `Kas` category as a generated tab shows it: its label in the tab's language.
import { lists } from '../book/schema';
import { pick, type Lang } from '../text';

/** The category's label in `lang`; a category not on the list as written. */
export function categoryLabel(category: string, lang: Lang): string {
  const entry = lists.category.find((c) => c.value === category);
  return entry ? pick(entry.label, lang) : category;
}
