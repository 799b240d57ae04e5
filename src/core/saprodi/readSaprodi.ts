// Reads `Saprodi` (docs/book.md §9): one row per member, season and kind of farm input, with
// the member, area, subsidy limit, amount and dates checked.
import { madeOnce } from '../madeOnce';
import type { IsoDate } from '../cell';
import { findTab } from '../book/findTab';
import { otherLetters, type MemberIndex } from '../book/memberLookup';
import { problemAt, placeAt } from '../problems/problemCatalogue';
import { saprodiTab, SUBSIDISED_KINDS, type SaprodiColumn, type SaprodiKind } from '../book/schema';
import { dataRows, openTab, type TabSource } from '../book/tabRows';
import type { RowReader } from '../book/rowReader';
import type { SaprodiRow, Settings } from '../book/types';
import { formatShortDate } from '../isoDate';
import type { Problem } from '../problems/problem';
import { activeInSeason, DEFAULT_SUBSIDY_AREA_LIMIT, seasonArea, seasonKey } from './saprodiSeason';
import { addTo } from '../listsByKey';
import type { Mutable } from '../mutable';
import { decimalText } from '../text';

export interface SaprodiContext {
  readonly today: IsoDate;
  readonly settings: Settings;
  readonly members: MemberIndex;
}

export interface SaprodiReading {
  readonly saprodi?: readonly SaprodiRow[];
  readonly tab?: string;
}

/** The codes of a required column left blank. */
type MissingCode =
  | 'saprodi.season.missing'
  | 'saprodi.member.missing'
  | 'saprodi.commodity.missing'
  | 'saprodi.area.missing'
  | 'saprodi.kind.missing'
  | 'saprodi.planned.missing';

/**
 * A Saprodi row, made with `new` (as `Kas`'s entries, readCash.ts) so that V8 keeps the three fields
 * added after it inside the object too: an object literal keeps them apart, about 17 bytes more a row
 * (2 MB of a district book’s 125,000 rows at ×10, measured). Its prototype is Object's: a plain object to
 * every reader.
 */
function saprodiEntry(
  this: Mutable<SaprodiRow>,
  tab: string,
  row: number,
  season: string,
  memberId: string,
  commodity: string,
  areaHa: number,
  kind: SaprodiKind,
  plannedKg: number,
): void {
  this.tab = tab;
  this.row = row;
  this.season = season;
  this.memberId = memberId;
  this.commodity = commodity;
  this.areaHa = areaHa;
  this.kind = kind;
  this.plannedKg = plannedKg;
}
const SaprodiEntry = saprodiEntry as unknown as new (
  ...fields: Parameters<typeof saprodiEntry>
) => Mutable<SaprodiRow>;
SaprodiEntry.prototype = Object.prototype;

/** Reports a required column left blank, unless its cell already has an error. */
function need(r: RowReader<SaprodiColumn>, key: SaprodiColumn, value: unknown, code: MissingCode): void {
  if (value === undefined && !r.hasError(key)) r.report(key, code);
}

/** Hectares as people read them: `2,5` in Indonesian, `2.5` in English. */
const ha = (n: number) => decimalText(Math.round(n * 10000) / 10000);

/** Never reports a missing tab: `Saprodi` is an extension a book may not have yet. */
export function readSaprodi(source: TabSource, problems: Problem[], ctx: SaprodiContext): SaprodiReading {
  if (findTab(source.tabNames(), saprodiTab) === undefined) return {};
  const open = openTab(source, saprodiTab, problems);
  if (!open) return {};
  const rows: SaprodiRow[] = [];
  const firstRow = new Map<string, number>();
  // A book has a few seasons and thousands of rows: each spelling's key is made once.
  const keyOf = madeOnce(seasonKey);
  for (const r of dataRows<SaprodiColumn>(open, { dateKey: 'season' })) {
    const season = r.text('season');
    const memberId = r.identifier('memberId');
    const commodity = r.text('commodity');
    const areaHa = r.decimal('areaHa');
    const kind = r.list('kind', 'saprodiKind', 'saprodi.kind.unknown');
    const plannedKg = r.decimal('plannedKg');
    const receivedKg = r.decimal('receivedKg');
    const receivedDate = r.date('receivedDate');
    const plantingDate = r.date('plantingDate');

    // Each required column in turn, without a list of them made per row.
    need(r, 'season', season, 'saprodi.season.missing');
    need(r, 'memberId', memberId, 'saprodi.member.missing');
    need(r, 'commodity', commodity, 'saprodi.commodity.missing');
    need(r, 'areaHa', areaHa, 'saprodi.area.missing');
    need(r, 'kind', kind ?? r.text('kind'), 'saprodi.kind.missing');
    need(r, 'plannedKg', plannedKg, 'saprodi.planned.missing');

    if (areaHa !== undefined && areaHa <= 0)
      r.report('areaHa', 'saprodi.area.notPositive', { value: r.shown('areaHa') });
    if (plannedKg !== undefined && plannedKg <= 0)
      r.report('plannedKg', 'saprodi.planned.notPositive', { value: r.shown('plannedKg') });
    if (receivedKg !== undefined && receivedKg < 0)
      r.report('receivedKg', 'saprodi.received.negative', { value: r.shown('receivedKg') });
    if (receivedDate !== undefined && receivedDate > ctx.today)
      r.report('receivedDate', 'saprodi.receivedDate.future', {
        date: formatShortDate(receivedDate),
        today: formatShortDate(ctx.today),
      });
    if (
      receivedKg !== undefined &&
      receivedKg > 0 &&
      receivedDate === undefined &&
      !r.hasError('receivedDate')
    )
      r.report('receivedKg', 'saprodi.received.noDate', { value: r.shown('receivedKg') });
    if (receivedDate !== undefined && !receivedKg && !r.hasError('receivedKg'))
      r.report('receivedDate', 'saprodi.receivedDate.noAmount', { date: formatShortDate(receivedDate) });
    if (receivedKg !== undefined && plannedKg !== undefined && plannedKg > 0 && receivedKg > plannedKg)
      r.report('receivedKg', 'saprodi.received.abovePlan', {
        value: r.shown('receivedKg'),
        planned: r.shown('plannedKg'),
      });
    if (receivedDate !== undefined && plantingDate !== undefined && receivedDate > plantingDate)
      r.report('receivedDate', 'saprodi.received.afterPlanting', {
        date: formatShortDate(receivedDate),
        plantingDate: formatShortDate(plantingDate),
      });

    if (
      season === undefined ||
      memberId === undefined ||
      commodity === undefined ||
      areaHa === undefined ||
      areaHa <= 0 ||
      kind === undefined ||
      plannedKg === undefined ||
      plannedKg <= 0
    )
      continue;
    const key = `${keyOf(season)}\u0000${memberId}\u0000${kind}`;
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      r.report('kind', 'saprodi.row.duplicate', { memberId, kind, season, firstRow: seen });
      continue;
    }
    firstRow.set(key, r.row);

    const member = ctx.members.byId.get(memberId);
    // Field by field rather than with conditional spreads (as `Kas`'s entries), in the same order.
    const row = new SaprodiEntry(open.tab, r.row, season, memberId, commodity, areaHa, kind, plannedKg);
    if (receivedKg !== undefined && receivedKg >= 0) row.receivedKg = receivedKg;
    if (receivedDate !== undefined && receivedDate <= ctx.today) row.receivedDate = receivedDate;
    if (plantingDate !== undefined) row.plantingDate = plantingDate;
    if (!member) {
      if (ctx.members.ids?.has(memberId) === false)
        r.report(
          'memberId',
          'saprodi.member.unknown',
          { value: memberId },
          otherLetters(ctx.members.byId, memberId),
        );
    } else {
      if (!activeInSeason(member, row))
        r.report('memberId', 'saprodi.member.inactive', {
          value: memberId,
          season,
          joinDate: formatShortDate(member.joinDate),
          leaveDate: member.status === 'Keluar' && member.leaveDate ? formatShortDate(member.leaveDate) : '',
        });
      if (member.landHa !== undefined && member.landHa > 0 && areaHa > member.landHa)
        r.report('areaHa', 'saprodi.area.aboveLand', {
          value: ha(areaHa),
          memberId,
          land: ha(member.landHa),
        });
    }
    rows.push(row);
  }

  // The subsidy limit counts a member's whole planted area in the season, over all of their rows.
  const limit = ctx.settings.subsidyAreaLimit ?? DEFAULT_SUBSIDY_AREA_LIMIT;
  const groups = new Map<string, SaprodiRow[]>();
  for (const row of rows) {
    const key = `${keyOf(row.season)}\u0000${row.memberId}`;
    addTo(groups, key, row);
  }
  const kindCol = open.header.columns.kind;
  for (const own of groups.values()) {
    const total = seasonArea(own);
    if (total <= limit) continue;
    for (const row of own) {
      if (!SUBSIDISED_KINDS.includes(row.kind)) continue;
      problems.push(
        problemAt(
          'saprodi.area.overSubsidyLimit',
          placeAt(open.tab, row.row, kindCol?.header ?? 'Jenis', kindCol?.col ?? 0),
          {
            memberId: row.memberId,
            season: row.season,
            total: ha(total),
            limit: ha(limit),
            kind: row.kind,
          },
        ),
      );
    }
  }
  return { saprodi: rows, tab: open.tab };
}
