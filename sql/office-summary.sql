-- Ringkasan kantor / The office's summary, over the tables `buku-kelompok export` writes.
-- One row per group's book (level 'kelompok'), per kecamatan ('kecamatan') and for the whole office
-- ('kantor'): members active on the export's date, outstanding principal, arrears, PAR30 as a
-- ratio (outstanding principal of loans more than 30 days past due / all outstanding principal,
-- summed before dividing: never an average of the groups' ratios), loans in Kol 5, loans past due,
-- cash, savings, attendance over each group's last 4 meetings (present / active, summed over those
-- meetings), the share of women among active members whose gender is given, RUK rows of the
-- date's year done on time / rows due, Saprodi rows right on all three counts / rows planted (or
-- received) by the date, and the books' errors and warnings. Every share is a sum divided by a sum, at each level. The office row also counts
-- the files that could not be read. group_count counts groups by their key: a group whose book
-- comes as two files (two years' books) is one group, and two books (book_count); the figures add
-- up both books.
--
-- DuckDB reads the Parquet files by name from the folder it runs in:
--   cd EXPORT_DIR && duckdb -c ".read /path/to/sql/office-summary.sql"
--   npx buku-kelompok query EXPORT_DIR            (the same query through embedded DuckDB)
-- sql/office-summary.bigquery.sql is this query for BigQuery: the same text, with the tables
-- named `buku_kelompok.<table>` instead of '<table>.parquet'.
--
-- Written in the SQL both engines share (CASE, COALESCE, NULLIF, ROW_NUMBER, GROUPING SETS,
-- NULLS LAST).
WITH
member_counts AS (
  SELECT
    file,
    COUNT(DISTINCT CASE WHEN active THEN member_id END) AS active_members,
    COUNT(DISTINCT CASE WHEN active AND gender = 'P' THEN member_id END) AS active_women,
    COUNT(DISTINCT CASE WHEN active AND gender IS NOT NULL THEN member_id END) AS active_with_gender
  FROM 'members.parquet'
  GROUP BY file
),
meeting_counts AS (
  SELECT
    a.file,
    a.meeting_date,
    a.meeting_column,
    SUM(CASE WHEN a.active AND a.present THEN 1 ELSE 0 END) AS present,
    SUM(CASE WHEN a.active THEN 1 ELSE 0 END) AS active
  FROM 'attendance.parquet' AS a
  JOIN 'groups.parquet' AS g ON g.file = a.file
  WHERE a.meeting_date <= g.as_of
  GROUP BY a.file, a.meeting_date, a.meeting_column
),
recent_meetings AS (
  SELECT
    file,
    present,
    active,
    ROW_NUMBER() OVER (PARTITION BY file ORDER BY meeting_date DESC, meeting_column DESC) AS recent
  FROM meeting_counts
),
attendance_figures AS (
  SELECT file, SUM(present) AS attendance_present, SUM(active) AS attendance_active
  FROM recent_meetings
  WHERE recent <= 4
  GROUP BY file
),
ruk_figures AS (
  SELECT
    r.file,
    SUM(CASE WHEN r.status = 'Terlaksana' THEN 1 ELSE 0 END) AS ruk_on_time,
    SUM(CASE WHEN r.due THEN 1 ELSE 0 END) AS ruk_due
  FROM 'ruk.parquet' AS r
  JOIN 'groups.parquet' AS g ON g.file = r.file
  -- A plan is made and judged per year: the rows of the date's year, as the tab RUK <year>.
  WHERE EXTRACT(YEAR FROM r.month) = EXTRACT(YEAR FROM g.as_of)
  GROUP BY r.file
),
saprodi_figures AS (
  SELECT
    s.file,
    SUM(CASE WHEN s.all_right THEN 1 ELSE 0 END) AS saprodi_right,
    COUNT(*) AS saprodi_rows
  FROM 'saprodi.parquet' AS s
  JOIN 'groups.parquet' AS g ON g.file = s.file
  WHERE COALESCE(s.planting_date, s.received_date) <= g.as_of
  GROUP BY s.file
),
loan_figures AS (
  SELECT
    file,
    -- A written-off loan has left the portfolio: not open, in no Kol.
    SUM(CASE WHEN status <> 'Lunas' AND written_off_on IS NULL THEN 1 ELSE 0 END) AS open_loans,
    SUM(outstanding_principal) AS outstanding_principal,
    SUM(arrears) AS arrears,
    SUM(CASE WHEN days_past_due > 30 THEN outstanding_principal ELSE 0 END) AS at_risk_30,
    SUM(CASE WHEN status <> 'Lunas' AND written_off_on IS NULL AND kol = 5 THEN 1 ELSE 0 END) AS kol5_loans,
    SUM(CASE WHEN status <> 'Lunas' AND written_off_on IS NULL AND days_past_due > 0 THEN 1 ELSE 0 END)
      AS past_due_loans
  FROM 'loans.parquet'
  GROUP BY file
),
problem_counts AS (
  SELECT
    file,
    SUM(CASE WHEN severity = 'error' THEN 1 ELSE 0 END) AS errors,
    SUM(CASE WHEN severity = 'warning' THEN 1 ELSE 0 END) AS warnings
  FROM 'problems.parquet'
  GROUP BY file
),
per_group AS (
  SELECT
    g.file, g.group_key, g.group_name, g.village, g.district, g.regency, g.province, g.as_of,
    g.cash_balance, g.savings_balance, g.not_computed,
    COALESCE(m.active_members, 0) AS active_members,
    COALESCE(m.active_women, 0) AS active_women,
    COALESCE(m.active_with_gender, 0) AS active_with_gender,
    -- A book whose loans were not computed (no Pinjaman or Kas): NULL, left out of every sum.
    CASE WHEN g.loans_computed THEN COALESCE(l.open_loans, 0) END AS open_loans,
    CASE WHEN g.loans_computed THEN COALESCE(l.outstanding_principal, 0) END AS outstanding_principal,
    CASE WHEN g.loans_computed THEN COALESCE(l.arrears, 0) END AS arrears,
    CASE WHEN g.loans_computed THEN COALESCE(l.at_risk_30, 0) END AS at_risk_30,
    CASE WHEN g.loans_computed THEN COALESCE(l.kol5_loans, 0) END AS kol5_loans,
    CASE WHEN g.loans_computed THEN COALESCE(l.past_due_loans, 0) END AS past_due_loans,
    COALESCE(a.attendance_present, 0) AS attendance_present,
    COALESCE(a.attendance_active, 0) AS attendance_active,
    COALESCE(r.ruk_on_time, 0) AS ruk_on_time,
    COALESCE(r.ruk_due, 0) AS ruk_due,
    COALESCE(s.saprodi_right, 0) AS saprodi_right,
    COALESCE(s.saprodi_rows, 0) AS saprodi_rows,
    COALESCE(p.errors, 0) AS errors,
    COALESCE(p.warnings, 0) AS warnings
  FROM 'groups.parquet' AS g
  LEFT JOIN member_counts AS m ON m.file = g.file
  LEFT JOIN loan_figures AS l ON l.file = g.file
  LEFT JOIN problem_counts AS p ON p.file = g.file
  LEFT JOIN attendance_figures AS a ON a.file = g.file
  LEFT JOIN ruk_figures AS r ON r.file = g.file
  LEFT JOIN saprodi_figures AS s ON s.file = g.file
)
SELECT
  CASE
    WHEN GROUPING(file) = 0 THEN 'kelompok'
    WHEN GROUPING(district) = 0 THEN 'kecamatan'
    ELSE 'kantor'
  END AS level,
  province,
  regency,
  district,
  village,
  file,
  group_key,
  group_name,
  MIN(as_of) AS as_of,
  -- A group whose book comes as several files (two years' books) is one group: counted by its key.
  COUNT(DISTINCT group_key) AS group_count,
  COUNT(*) AS book_count,
  SUM(active_members) AS active_members,
  SUM(cash_balance) AS cash_balance,
  SUM(savings_balance) AS savings_balance,
  SUM(open_loans) AS open_loans,
  SUM(outstanding_principal) AS outstanding_principal,
  SUM(arrears) AS arrears,
  SUM(at_risk_30) AS at_risk_30,
  SUM(at_risk_30) / NULLIF(SUM(outstanding_principal), 0) AS par30,
  SUM(kol5_loans) AS kol5_loans,
  SUM(past_due_loans) AS past_due_loans,
  SUM(attendance_present) AS attendance_present,
  SUM(attendance_active) AS attendance_active,
  SUM(attendance_present) / NULLIF(SUM(attendance_active), 0) AS attendance_last4,
  SUM(active_women) AS active_women,
  SUM(active_with_gender) AS active_with_gender,
  SUM(active_women) / NULLIF(SUM(active_with_gender), 0) AS women_share,
  SUM(ruk_on_time) AS ruk_on_time,
  SUM(ruk_due) AS ruk_due,
  SUM(ruk_on_time) / NULLIF(SUM(ruk_due), 0) AS ruk_on_time_share,
  SUM(saprodi_right) AS saprodi_right,
  SUM(saprodi_rows) AS saprodi_rows,
  SUM(saprodi_right) / NULLIF(SUM(saprodi_rows), 0) AS saprodi_right_share,
  SUM(errors) AS errors,
  SUM(warnings) AS warnings,
  -- Books whose cash, savings or loans were not computed, so not in those sums (groups.not_computed says why).
  SUM(CASE WHEN not_computed IS NULL THEN 0 ELSE 1 END) AS books_not_computed,
  CASE
    WHEN GROUPING(district) = 1
      THEN (SELECT COUNT(*) FROM 'books.parquet' AS b WHERE NOT b.readable)
  END AS unreadable_books
FROM per_group
GROUP BY GROUPING SETS (
  (province, regency, district, village, file, group_key, group_name),
  (province, regency, district),
  ()
)
ORDER BY
  GROUPING(district),
  province NULLS LAST,
  regency NULLS LAST,
  district NULLS LAST,
  GROUPING(file),
  group_name NULLS LAST,
  file;
