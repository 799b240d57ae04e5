// Farm-input distribution of one season (docs/book.md §9): per member and kind whether the
// inputs reached the right person, in the right amount, at the right time; totals per kind; the RDKK.
import { lists, SUBSIDISED_KINDS, type SaprodiKind } from '../book/schema';
import type { Book, Member, SaprodiRow } from '../book/types';
import type { IsoDate } from '../cell';
import { text as t, type Bilingual } from '../text';
import { activeInSeason, DEFAULT_SUBSIDY_AREA_LIMIT, seasonArea, seasonKey } from './saprodiSeason';
import { addTo, firstByKey } from '../listsByKey';

export interface SaprodiRowReport {
  readonly season: string;
  readonly memberId: string;
  /** From `Anggota`; null when the ID is not there. */
  readonly memberName: string | null;
  readonly commodity: string;
  readonly areaHa: number;
  readonly kind: SaprodiKind;
  readonly plannedKg: number;
  readonly receivedKg: number | null;
  readonly receivedDate: IsoDate | null;
  readonly plantingDate: IsoDate | null;
  /** Right person: a member of `Anggota` active in the season. */
  readonly rightPerson: boolean;
  /** Right amount: received exactly what was planned. */
  readonly rightAmount: boolean;
  /**
   * Right time: received on or before `Tanggal Tanam`. False when nothing was received (no
   * `Tanggal Terima`); null when it cannot be told (received, but no planting date written).
   */
  readonly rightTime: boolean | null;
  /** Right on all three counts. */
  readonly allRight: boolean;
  /**
   * Not yet due: not received in full, and `Tanggal Tanam` after the report's date. Left out of the
   * amount, time and all-three shares (its person still counts) until the planting date has passed.
   */
  readonly notYetDue: boolean;
  readonly tab: string;
  readonly row: number;
}

export interface SaprodiKindTotal {
  readonly kind: SaprodiKind;
  readonly rows: number;
  readonly plannedKg: number;
  readonly receivedKg: number;
}

/** A count of rows right out of all rows; `share` null when there are none. */
export interface RightShare {
  readonly right: number;
  readonly rows: number;
  readonly share: number | null;
}

/** A line of the RDKK (the group's definitive need plan) for the extension officer. */
export interface RdkkLine {
  readonly memberId: string;
  readonly name: string | null;
  /** In full: the RDKK is the one generated place a NIK is shown whole (docs/book.md §10). */
  readonly nik: string | null;
  /** Each commodity's area once, summed (see `seasonArea`). */
  readonly areaHa: number;
  /** The member's commodities this season, in the order first written. */
  readonly commodities: readonly string[];
  /** Planned kg per kind; a kind the member did not ask for is absent. */
  readonly needKg: Readonly<Partial<Record<SaprodiKind, number>>>;
}

export interface SaprodiReport {
  /** The season as first written in `Saprodi`. */
  readonly season: string;
  /** The report's date: a row planted after it and not received in full is not yet due. */
  readonly asOf: IsoDate;
  /** In `Saprodi` order. */
  readonly rows: readonly SaprodiRowReport[];
  /** The kinds present this season, in the list's order. */
  readonly kinds: readonly SaprodiKindTotal[];
  /** Over every row. */
  readonly rightPerson: RightShare;
  /** These three over the rows that are due (all but `notYetDue`). */
  readonly rightAmount: RightShare;
  readonly rightTime: RightShare;
  readonly allRight: RightShare;
  /** Rows not yet due. */
  readonly notYetDue: number;
  /** Members in the order they first appear. */
  readonly rdkk: readonly RdkkLine[];
  /** `Batas Luas Subsidi` in force. */
  readonly subsidyAreaLimit: number;
  /** Members whose area is over it: their subsidised kinds are warned about. */
  readonly overLimit: readonly { readonly memberId: string; readonly areaHa: number }[];
}

export const saprodiDefinitions: readonly { readonly label: Bilingual; readonly definition: Bilingual }[] = [
  {
    label: t('Tepat orang', 'Right person'),
    definition: t(
      'penerima adalah anggota di tab Anggota yang aktif pada musim itu',
      'the receiver is a member in Anggota, active in that season',
    ),
  },
  {
    label: t('Tepat jumlah', 'Right amount'),
    definition: t('Diterima (kg) sama dengan Rencana (kg)', 'Received (kg) equals Planned (kg)'),
  },
  {
    label: t('Tepat waktu', 'Right time'),
    definition: t(
      'Tanggal Terima pada atau sebelum Tanggal Tanam; tanpa Tanggal Tanam tidak dapat dinilai (tidak dihitung tepat)',
      'Date received on or before the planting date; without a planting date it cannot be told (not counted as right)',
    ),
  },
];

/** A row not received in full whose planting date is after the report's date. */
export const saprodiNotYetDue = {
  label: t('Belum waktunya', 'Not yet due'),
  definition: t(
    'belum diterima penuh dan Tanggal Tanam sesudah tanggal laporan: belum dihitung pada tepat jumlah, waktu dan ketiganya',
    "not received in full and planted after the report's date: not yet counted in right amount, time and all three",
  ),
};

function share(right: number, rows: number): RightShare {
  return { right, rows, share: rows === 0 ? null : right / rows };
}

/** Every season of `Saprodi`, as first written, in the order they first appear. */
export function saprodiSeasons(book: Pick<Book, 'saprodi'>): string[] {
  const seen = new Map<string, string>();
  for (const r of book.saprodi ?? [])
    if (!seen.has(seasonKey(r.season))) seen.set(seasonKey(r.season), r.season);
  return [...seen.values()];
}

/** The season a Saprodi report is for, or why there is none (the code of the refusal, with its arguments). */
export type SeasonChoice =
  | { readonly ok: true; readonly season: string }
  | { readonly ok: false; readonly code: 'season.none'; readonly args: Record<string, string> }
  | {
      readonly ok: false;
      readonly code: 'season.unknown';
      readonly args: { value: string; seasons: string };
    };

/**
 * The season asked for, found however it is spelt; without one, the last season written in `Saprodi`.
 * The add-on's `generateSaprodi` and the `saprodi` command choose, and refuse, the same way.
 */
export function chooseSeason(book: Pick<Book, 'saprodi'>, wanted: string | undefined): SeasonChoice {
  const seasons = saprodiSeasons(book);
  if (seasons.length === 0) return { ok: false, code: 'season.none', args: {} };
  const season = wanted ?? seasons[seasons.length - 1]!;
  if (!seasons.some((s) => seasonKey(s) === seasonKey(season)))
    return { ok: false, code: 'season.unknown', args: { value: season, seasons: seasons.join(', ') } };
  return { ok: true, season };
}

/** One row's three counts; as of `asOf` (without it, no row is taken as not yet due). */
export function saprodiRowReport(
  row: SaprodiRow,
  member: Member | undefined,
  asOf?: IsoDate,
): SaprodiRowReport {
  const rightPerson = member !== undefined && activeInSeason(member, row);
  const rightAmount = row.receivedKg !== undefined && row.receivedKg === row.plannedKg;
  // Nothing read as received (no date, or a Diterima that is blank, 0, or could not be read: an
  // error on its cell) was received on no time at all (docs/book.md §9).
  const rightTime =
    row.receivedDate === undefined || !row.receivedKg
      ? false
      : row.plantingDate === undefined
        ? null
        : row.receivedDate <= row.plantingDate;
  return {
    season: row.season,
    memberId: row.memberId,
    memberName: member?.name ?? null,
    commodity: row.commodity,
    areaHa: row.areaHa,
    kind: row.kind,
    plannedKg: row.plannedKg,
    receivedKg: row.receivedKg ?? null,
    receivedDate: row.receivedDate ?? null,
    plantingDate: row.plantingDate ?? null,
    rightPerson,
    rightAmount,
    rightTime,
    allRight: rightPerson && rightAmount && rightTime === true,
    notYetDue: asOf !== undefined && (row.plantingDate ?? '') > asOf && (row.receivedKg ?? 0) < row.plannedKg,
    tab: row.tab,
    row: row.row,
  };
}

/**
 * The report of one season (found however it is spelt) as of `asOf`; a season with no rows gives
 * empty lists.
 */
export function saprodiReport(book: Book, season: string, asOf: IsoDate): SaprodiReport {
  const key = seasonKey(season);
  const source = (book.saprodi ?? []).filter((r) => seasonKey(r.season) === key);
  const members = firstByKey(book.members, (m) => m.id);
  const rows = source.map((r) => saprodiRowReport(r, members.get(r.memberId), asOf));
  const due = rows.filter((r) => !r.notYetDue);
  const kinds = lists.saprodiKind.flatMap((k): SaprodiKindTotal[] => {
    const of = rows.filter((r) => r.kind === k.value);
    if (of.length === 0) return [];
    return [
      {
        kind: k.value,
        rows: of.length,
        plannedKg: of.reduce((s, r) => s + r.plannedKg, 0),
        receivedKg: of.reduce((s, r) => s + (r.receivedKg ?? 0), 0),
      },
    ];
  });
  const limit = book.settings.subsidyAreaLimit ?? DEFAULT_SUBSIDY_AREA_LIMIT;
  const rdkk: RdkkLine[] = [];
  const overLimit: { memberId: string; areaHa: number }[] = [];
  // Each member's rows in one pass, members in the order they first appear: a season of a whole
  // district stays linear in its rows.
  const byMember = new Map<string, SaprodiRow[]>();
  for (const r of source) addTo(byMember, r.memberId, r);
  // The RDKK lists the group's members: one not in Anggota, or not active in the season (an error on
  // their row), is not put on the officer's form, nor their NIK (docs/book.md §9); nor is the need of
  // a row dated after the member left, beside a row of theirs from before.
  const right = new Map<string, SaprodiRow[]>();
  source.forEach((r, i) => {
    if (rows[i]!.rightPerson) addTo(right, r.memberId, r);
  });
  for (const [memberId, own] of byMember) {
    const member = members.get(memberId);
    const areaHa = seasonArea(own);
    const listed = right.get(memberId);
    if (listed) {
      const needKg: Partial<Record<SaprodiKind, number>> = {};
      for (const r of listed) needKg[r.kind] = (needKg[r.kind] ?? 0) + r.plannedKg;
      rdkk.push({
        memberId,
        name: member?.name ?? null,
        nik: member?.nik ?? null,
        areaHa: seasonArea(listed),
        commodities: [...new Set(listed.map((r) => r.commodity))],
        needKg,
      });
    }
    if (areaHa > limit && own.some((r) => SUBSIDISED_KINDS.includes(r.kind)))
      overLimit.push({ memberId, areaHa });
  }
  const count = (f: (r: SaprodiRowReport) => boolean, of = due) => share(of.filter(f).length, of.length);
  return {
    season: source[0]?.season ?? season,
    asOf,
    rows,
    kinds,
    rightPerson: count((r) => r.rightPerson, rows),
    rightAmount: count((r) => r.rightAmount),
    rightTime: count((r) => r.rightTime === true),
    allRight: count((r) => r.allRight),
    notYetDue: rows.length - due.length,
    rdkk,
    subsidyAreaLimit: limit,
    overLimit,
  };
}

/**
 * Rows right on all three counts, over the rows whose planting date (or, without one, whose date
 * received) is on or before `asOf`: a season still being planned is not counted against the group.
 */
export function saprodiRightAsOf(book: Book, asOf: IsoDate): { right: number; rows: number } {
  const members = firstByKey(book.members, (m) => m.id);
  const counted = (book.saprodi ?? []).filter((r) => {
    const date = r.plantingDate ?? r.receivedDate;
    return date !== undefined && date <= asOf;
  });
  return {
    right: counted.filter((r) => saprodiRowReport(r, members.get(r.memberId)).allRight).length,
    rows: counted.length,
  };
}
