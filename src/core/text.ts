// Words a user sees, always in both languages: Indonesian first, English beside it.

export type Lang = 'id' | 'en';

export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

export function text(id: string, en: string): Bilingual {
  return { id, en };
}

export function pick(t: Bilingual, lang: Lang): string {
  return lang === 'en' ? t.en : t.id;
}

const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/**
 * A count as the sidebar writes it (`1.206 peringatan`, `1,206 warnings`), the English noun in the
 * singular for one (`1 loan`): Indonesian nouns do not change with the count.
 */
export function counted(n: number, id: string, one: string, many = `${one}s`): Bilingual {
  return text(`${grouped(n, '.')} ${id}`, `${grouped(n, ',')} ${n === 1 ? one : many}`);
}
