// Reads `Kegiatan` into typed activities and checks every rule of docs/book.md §3 for it.
import { valueCheckCode } from '../problems/problemCatalogue';
import * as z from 'zod/mini';
import { wholeNumber } from './wholeNumber';
import type { IsoDate } from '../cell';
import { formatShortDate } from '../isoDate';
import type { Problem } from '../problems/problem';
import { parseRow } from './parseRow';
import { activitiesTab, type ActivityColumn } from './schema';
import { dataRows, headerColumns, openTab, type TabSource } from './tabRows';
import type { Activity, ColumnRef } from './types';

/**
 * The most people one activity can have had: a district meeting's thousands pass, a NIK or a phone
 * number typed as a count does not (nor would it fit the export's INTEGER column).
 */
export const MAX_ATTENDANCE = 100_000;

const activityRow = z.object({
  date: z.string(),
  type: z.string(),
  description: z.string().check(z.minLength(1)),
  attendance: z.optional(
    z
      .number()
      .check(
        wholeNumber(),
        z.gte(0, valueCheckCode('activity.attendance.negative')),
        z.lte(MAX_ATTENDANCE, valueCheckCode('activity.attendance.tooLarge')),
      ),
  ),
});

export interface ActivitiesReading {
  readonly activities: readonly Activity[];
  readonly tab?: string;
  readonly columns: Readonly<Partial<Record<ActivityColumn, ColumnRef>>>;
}

export function readActivities(
  source: TabSource,
  problems: Problem[],
  ctx: { readonly today: IsoDate },
): ActivitiesReading {
  const open = openTab(source, activitiesTab, problems, { missingSeverity: 'warning' });
  if (!open) return { activities: [], columns: {} };
  const activities: Activity[] = [];
  for (const r of dataRows<ActivityColumn>(open, { dateKey: 'date' })) {
    const date = r.date('date');
    const type = r.list('type', 'activityType', 'activity.type.unknown');
    const description = r.text('description');
    const attendance = r.wholeNumber('attendance');
    if (date !== undefined && date > ctx.today) {
      r.report('date', 'activity.date.future', {
        date: formatShortDate(date),
        today: formatShortDate(ctx.today),
      });
    }
    const parsed = parseRow(activityRow, { date, type, description, attendance }, r, {
      date: 'activity.date.missing',
      type: 'activity.type.missing',
      description: 'activity.description.missing',
    });
    if (!parsed || type === undefined) continue;
    const results = r.text('results');
    const nextSteps = r.text('nextSteps');
    const recordedBy = r.text('recordedBy');
    const planCode = r.identifier('planCode');
    const volume = r.decimal('volume');
    if (volume !== undefined && volume < 0)
      r.report('volume', 'activity.volume.negative', { value: r.shown('volume') });
    activities.push({
      tab: open.tab,
      row: r.row,
      date: parsed.date,
      type,
      description: parsed.description,
      ...(parsed.attendance !== undefined && { attendance: parsed.attendance }),
      ...(results !== undefined && { results }),
      ...(nextSteps !== undefined && { nextSteps }),
      ...(recordedBy !== undefined && { recordedBy }),
      ...(planCode !== undefined && { planCode }),
      ...(volume !== undefined && volume >= 0 && { volume }),
    });
  }
  return { activities, tab: open.tab, columns: headerColumns(open) };
}
