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
