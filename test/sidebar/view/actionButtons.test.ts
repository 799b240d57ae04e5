import { actionButtons } from '../../../sidebar/view/actionButtons';

const week = { value: '2026-W48', label: { id: '23–29 November 2026', en: '23–29 November 2026' } };

describe('actionButtons', () => {
  test('idle book: Periksa Data leads and is prominent, all enabled', () => {
    const b = actionButtons(
      { missingTabs: [], unreadTabs: [], weeks: [week], seasons: ['MT I 2026'] },
      null,
      'id',
    );
    expect(b.map((x) => x.label)).toEqual([
      'Periksa Data',
      'Hitung Saldo Pinjaman',
      'Buat Jurnal',
      'Buat RUK Tahun Ini',
      'Buat Saprodi & RDKK',
      'Siapkan Buku',
    ]);
    expect(b.filter((x) => x.prominent).map((x) => x.key)).toEqual(['runChecks']);
    expect(b.every((x) => !x.disabled && !x.busy)).toBe(true);
  });

  test('missing tabs: Siapkan Buku comes first and is the prominent one', () => {
    const b = actionButtons(
      { missingTabs: ['Kegiatan'], unreadTabs: [], weeks: [week], seasons: [] },
      null,
      'en',
    );
    expect(b[0]).toMatchObject({ key: 'setupBook', label: 'Set Up Book', prominent: true, disabled: false });
    expect(b.filter((x) => x.prominent)).toHaveLength(1);
  });

  test('while one runs: it shows progress, every button is disabled', () => {
    const b = actionButtons(
      { missingTabs: [], unreadTabs: [], weeks: [week], seasons: ['MT I 2026'] },
      'computeBalances',
      'id',
    );
    const running = b.find((x) => x.key === 'computeBalances');
    expect(running).toMatchObject({ busy: true, disabled: true, label: 'Menghitung saldo…' });
    expect(b.every((x) => x.disabled)).toBe(true);
    expect(b.filter((x) => x.busy)).toHaveLength(1);
  });

  test('a fix or language switch in flight disables the actions too, showing no action as busy', () => {
    const b = actionButtons(
      { missingTabs: [], unreadTabs: [], weeks: [week], seasons: ['MT I 2026'] },
      'applyFix',
      'id',
    );
    expect(b.every((x) => x.disabled && !x.busy)).toBe(true);
  });

  test('no overview yet: disabled; no weeks: the journal is disabled; no season: Saprodi is', () => {
    expect(actionButtons(null, null, 'id').every((x) => x.disabled)).toBe(true);
    const b = actionButtons({ missingTabs: [], unreadTabs: [], weeks: [], seasons: [] }, null, 'id');
    expect(b.find((x) => x.key === 'generateJournal')?.disabled).toBe(true);
    expect(b.find((x) => x.key === 'generateSaprodi')?.disabled).toBe(true);
    expect(b.find((x) => x.key === 'generatePlan')?.disabled).toBe(false);
    expect(b.find((x) => x.key === 'runChecks')?.disabled).toBe(false);
  });

  test('an action made of a missing tab is disabled, naming it; the others stay as they were', () => {
    const noKas = actionButtons(
      { missingTabs: ['Kas'], unreadTabs: [], weeks: [week], seasons: ['MT I 2026'] },
      null,
      'id',
    );
    const by = (key: string) => noKas.find((x) => x.key === key)!;
    expect(by('computeBalances')).toMatchObject({
      disabled: true,
      lacks: { missing: ['Kas'], unread: [] },
    });
    expect(by('generateJournal')).toMatchObject({
      disabled: true,
      lacks: { missing: ['Kas'], unread: [] },
    });
    // The RUK report counts the money spent in Kas rows.
    expect(by('generatePlan')).toMatchObject({ disabled: true, lacks: { missing: ['Kas'], unread: [] } });
    for (const key of ['runChecks', 'generateSaprodi', 'setupBook'])
      expect(by(key)).toMatchObject({ disabled: false, lacks: { missing: [], unread: [] } });
    const noPlan = actionButtons(
      { missingTabs: ['RUK', 'Saprodi'], unreadTabs: [], weeks: [week], seasons: [] },
      null,
      'en',
    );
    expect(noPlan.find((x) => x.key === 'generatePlan')).toMatchObject({
      disabled: true,
      lacks: { missing: ['RUK'], unread: [] },
    });
    expect(noPlan.find((x) => x.key === 'generateSaprodi')).toMatchObject({
      disabled: true,
      lacks: { missing: ['Saprodi'], unread: [] },
    });
    expect(noPlan.find((x) => x.key === 'computeBalances')).toMatchObject({
      disabled: false,
      lacks: { missing: [], unread: [] },
    });
    // Kegiatan: the RUK report is made of it (a plan row is done by a Kegiatan row); the journal
    // is made without it and says so in its part, so nothing else is disabled.
    const noActivities = actionButtons(
      { missingTabs: ['Kegiatan'], unreadTabs: [], weeks: [week], seasons: ['MT I 2026'] },
      null,
      'id',
    );
    expect(noActivities.filter((x) => x.disabled).map((x) => [x.key, x.lacks.missing])).toEqual([
      ['generatePlan', ['Kegiatan']],
    ]);
  });

  test('a tab there but unread (no header row found) disables the same actions, said apart', () => {
    const b = actionButtons({ missingTabs: [], unreadTabs: ['Kas'], weeks: [week], seasons: [] }, null, 'id');
    expect(b.find((x) => x.key === 'computeBalances')).toMatchObject({
      disabled: true,
      lacks: { missing: [], unread: ['Kas'] },
    });
    expect(b.find((x) => x.key === 'generatePlan')).toMatchObject({
      disabled: true,
      lacks: { missing: [], unread: ['Kas'] },
    });
    // Siapkan Buku makes missing tabs; it cannot mend a header, so it does not lead.
    expect(b[0]?.key).toBe('runChecks');
  });
});
