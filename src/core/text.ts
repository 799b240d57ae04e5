// Words a user sees, always in both languages: Indonesian first, English beside it.
import { groupThousands } from './money';

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

/** A decimal as each language writes it, ungrouped: `1,5` in Indonesian, `1.5` in English. */
export function decimalText(n: number): Bilingual {
  const en = String(n);
  return text(en.replace('.', ','), en);
}

/**
 * A count as the sidebar writes it (`1.206 peringatan`, `1,206 warnings`), the English noun in the
 * singular for one (`1 loan`): Indonesian nouns do not change with the count.
 */
export function counted(n: number, id: string, one: string, many = `${one}s`): Bilingual {
  return text(
    `${groupThousands(String(n))} ${id}`,
    `${groupThousands(String(n), ',')} ${n === 1 ? one : many}`,
  );
}
