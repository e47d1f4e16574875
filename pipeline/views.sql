-- DuckDB views over one curated folder: the tables by name plus plans, plan_versions,
-- latest_actions, action_history, slipped_deadlines, rag_transitions, action_leads,
-- actions_by_lead and the table macros overdue(as_of) and overdue_as_known(as_of).
--
-- The folder is the DuckDB variable `curated`, read here and nowhere else; it defaults to
-- 'data/curated' (relative to the working directory). One statement in the duckdb shell, from
-- the repository root:
--
--     .read pipeline/views.sql
--
-- and for another folder set the variable first:  SET VARIABLE curated = '/tmp/sample';
-- From Python:  con = pipeline.query.connect("data/curated")  (does the same), or the CLI:
--     planwatch query "SELECT * FROM overdue(DATE '2015-03-01')" --curated data/curated
--
-- Views and macros look the variable up each time they are queried, so the same session can be
-- pointed at another folder (or snapshot) with SET VARIABLE; the folder's Parquet files must exist
-- when this file is read (DuckDB checks the macros' queries then).
-- Grain and meaning of every view is in the comment above it; see docs/schemas.md for columns.

SET VARIABLE curated = COALESCE(getvariable('curated'), 'data/curated');
-- Read through the folder's CURRENT pointer, once, to the snapshot of the last published run: the
-- tables of one snapshot always belong together, while a run may be replacing the top-level files.
-- A folder without CURRENT (written by hand, or before snapshots), or copied without its
-- _snapshots, is read as it is.
SET VARIABLE curated = COALESCE(
    (SELECT getvariable('curated') || '/' || trim(content, chr(10) || ' ')
     FROM read_text(getvariable('curated') || '/CURRENT*')
     WHERE parse_filename(filename) = 'CURRENT'
       AND getvariable('curated') || '/' || trim(content, chr(10) || ' ') || '/documents.parquet' IN
           (SELECT file FROM glob(getvariable('curated') || '/_snapshots/*/documents.parquet'))),
    getvariable('curated'));

-- The curated tables themselves, under their own names.
CREATE OR REPLACE VIEW documents AS
    SELECT * FROM read_parquet(getvariable('curated') || '/documents.parquet');
CREATE OR REPLACE VIEW action_tables AS
    SELECT * FROM read_parquet(getvariable('curated') || '/action_tables.parquet');
CREATE OR REPLACE VIEW actions AS
    SELECT * FROM read_parquet(getvariable('curated') || '/actions.parquet');
CREATE OR REPLACE VIEW action_events AS
    SELECT * FROM read_parquet(getvariable('curated') || '/action_events.parquet');
CREATE OR REPLACE VIEW action_links AS
    SELECT * FROM read_parquet(getvariable('curated') || '/action_links.parquet');
CREATE OR REPLACE VIEW quarantine AS
    SELECT * FROM read_parquet(getvariable('curated') || '/quarantine.parquet');

-- One row per version of a plan (a report of its progress), oldest first. A version is what
-- reconciliation numbered in action_events; doc_id is its canonical rendering (a second PDF of the
-- same report is not a version). n_actions .. n_unrated count the action rows printed in that
-- rendering; n_new .. n_progress_added count the actions each kind of event touched in it.
CREATE OR REPLACE VIEW plan_versions AS
WITH v AS (
    SELECT plan_id, version_index, min(doc_id) AS doc_id, min(doc_date) AS doc_date,
           count(DISTINCT action_id) FILTER (WHERE event = 'new') AS n_new,
           count(DISTINCT action_id) FILTER (WHERE event = 'dropped') AS n_dropped,
           count(DISTINCT action_id) FILTER (WHERE event = 'reappeared') AS n_reappeared,
           count(DISTINCT action_id) FILTER (WHERE event = 'rag_changed') AS n_rag_changed,
           count(DISTINCT action_id) FILTER (WHERE event = 'deadline_changed') AS n_deadline_changed,
           count(DISTINCT action_id) FILTER (WHERE event = 'lead_changed') AS n_lead_changed,
           count(DISTINCT action_id) FILTER (WHERE event = 'text_changed') AS n_text_changed,
           count(DISTINCT action_id) FILTER (WHERE event = 'progress_added') AS n_progress_added
    FROM action_events
    GROUP BY plan_id, version_index
),
a AS (
    SELECT plan_id, doc_id, count(*) AS n_actions,
           count(*) FILTER (WHERE rag = 'red') AS n_red,
           count(*) FILTER (WHERE rag = 'amber') AS n_amber,
           count(*) FILTER (WHERE rag = 'green') AS n_green,
           count(*) FILTER (WHERE rag = 'blue') AS n_blue,
           count(*) FILTER (WHERE rag = 'grey') AS n_grey,
           count(*) FILTER (WHERE rag IS NULL) AS n_unrated
    FROM actions
    GROUP BY plan_id, doc_id
)
SELECT v.plan_id, v.version_index, v.doc_id, v.doc_date, d.source_file, d.file_name, d.title,
       v.version_index = max(v.version_index) OVER (PARTITION BY v.plan_id) AS is_latest,
       coalesce(a.n_actions, 0) AS n_actions,
       coalesce(a.n_red, 0) AS n_red, coalesce(a.n_amber, 0) AS n_amber,
       coalesce(a.n_green, 0) AS n_green, coalesce(a.n_blue, 0) AS n_blue,
       coalesce(a.n_grey, 0) AS n_grey, coalesce(a.n_unrated, 0) AS n_unrated,
       v.n_new, v.n_dropped, v.n_reappeared, v.n_rag_changed, v.n_deadline_changed,
       v.n_lead_changed, v.n_text_changed, v.n_progress_added
FROM v
LEFT JOIN a ON a.plan_id = v.plan_id AND a.doc_id = v.doc_id
LEFT JOIN documents d ON d.doc_id = v.doc_id
ORDER BY v.plan_id, v.version_index;

-- One row per plan: its versions' span and the state of its latest version.
CREATE OR REPLACE VIEW plans AS
SELECT plan_id,
       arg_max(title, version_index) AS title,
       count(*) AS n_versions,
       min(doc_date) AS first_doc_date,
       max(doc_date) AS latest_doc_date,
       arg_max(doc_id, version_index) AS latest_doc_id,
       arg_max(source_file, version_index) AS latest_source_file,
       arg_max(n_actions, version_index) AS n_actions_latest,
       arg_max(n_red, version_index) AS n_red,
       arg_max(n_amber, version_index) AS n_amber,
       arg_max(n_green, version_index) AS n_green,
       arg_max(n_blue, version_index) AS n_blue,
       arg_max(n_grey, version_index) AS n_grey,
       arg_max(n_unrated, version_index) AS n_unrated,
       list(doc_date ORDER BY version_index) AS version_dates
FROM plan_versions
GROUP BY plan_id
ORDER BY latest_doc_date DESC NULLS LAST, plan_id;

-- Every action row of each plan's latest version (its canonical rendering), with the version's
-- date and source file: "the plan as it stands".
CREATE OR REPLACE VIEW latest_actions AS
SELECT a.*, v.version_index, v.doc_date, v.source_file
FROM actions a
JOIN plan_versions v ON v.plan_id = a.plan_id AND v.doc_id = a.doc_id AND v.is_latest;

-- One row per action per version it appears in or was dropped at, oldest first: the row as
-- printed in that version (null columns for 'dropped') and the events that version brought.
CREATE OR REPLACE VIEW action_history AS
WITH e AS (
    SELECT plan_id, action_id, version_index, min(doc_id) AS doc_id, min(doc_date) AS doc_date,
           min(table_index) AS table_index, min(row_index) AS row_index,
           list(event ORDER BY event) AS events,
           bool_or(event = 'dropped') AS dropped,
           min(days_slipped) FILTER (WHERE event = 'deadline_changed') AS days_slipped,
           min(from_value) FILTER (WHERE event = 'rag_changed') AS rag_before
    FROM action_events
    GROUP BY plan_id, action_id, version_index
)
SELECT e.action_id, e.plan_id, e.version_index, e.doc_date, e.doc_id, d.source_file,
       a.page_first, a.page_last, a.row_id, a.ref, a.area, a.lead, a.lead_key, a.action,
       a.deadline_raw, a.deadline_kind, a.deadline_date, a.rag, a.rag_raw, a.rag_source,
       a.progress, e.events, e.dropped, e.rag_before, e.days_slipped
FROM e
LEFT JOIN actions a
       ON a.doc_id = e.doc_id AND a.table_index = e.table_index AND a.row_index = e.row_index
LEFT JOIN documents d ON d.doc_id = e.doc_id
ORDER BY e.plan_id, e.action_id, e.version_index;

-- Actions of each plan's latest version whose deadline (the last day of its period) fell before
-- as_of and that are not rated blue (complete) nor printed as 'complete'. Unrated actions count:
-- nothing says they are done. Usage: SELECT * FROM overdue(DATE '2015-03-01').
-- The latest version is the latest overall, even for a past as_of: see overdue_as_known below.
CREATE OR REPLACE MACRO overdue(as_of) AS TABLE
SELECT la.plan_id, la.ref, la.deadline_date, CAST(as_of AS DATE) - la.deadline_date AS days_overdue,
       la.rag, la.lead, la.action, la.deadline_raw, la.rag_raw, la.doc_date, la.source_file,
       la.page_first, la.lead_key, la.action_id, la.row_id
FROM latest_actions la
WHERE la.deadline_date < CAST(as_of AS DATE)
  AND la.rag IS DISTINCT FROM 'blue'
  AND NOT coalesce(lower(la.rag_raw) LIKE '%complete%', false)
ORDER BY days_overdue DESC, la.plan_id, la.row_id;

-- The same question as the reports stood on as_of: each plan's latest version dated on or before
-- as_of (plans with no report by then are left out), so a past date is not judged with later news.
CREATE OR REPLACE MACRO overdue_as_known(as_of) AS TABLE
WITH known AS (
    SELECT plan_id, arg_max(doc_id, version_index) AS doc_id, max(version_index) AS version_index
    FROM plan_versions
    WHERE doc_date <= CAST(as_of AS DATE)
    GROUP BY plan_id
)
SELECT a.plan_id, a.ref, a.deadline_date, CAST(as_of AS DATE) - a.deadline_date AS days_overdue,
       a.rag, a.lead, a.action, a.deadline_raw, a.rag_raw, v.doc_date, v.source_file,
       a.page_first, a.lead_key, a.action_id, a.row_id, k.version_index
FROM known k
JOIN actions a ON a.plan_id = k.plan_id AND a.doc_id = k.doc_id
JOIN plan_versions v ON v.plan_id = k.plan_id AND v.version_index = k.version_index
WHERE a.deadline_date < CAST(as_of AS DATE)
  AND a.rag IS DISTINCT FROM 'blue'
  AND NOT coalesce(lower(a.rag_raw) LIKE '%complete%', false)
ORDER BY days_overdue DESC, a.plan_id, a.row_id;

-- Every deadline change between two versions of an action; days_slipped = new - old deadline
-- date (negative when brought forward, null when either side is not a date).
CREATE OR REPLACE VIEW slipped_deadlines AS
SELECT e.plan_id, e.action_id, e.ref, e.version_index,
       e.prev_doc_date AS from_doc_date, e.doc_date AS to_doc_date,
       e.from_value AS deadline_before, e.to_value AS deadline_after,
       TRY_CAST(e.from_value AS DATE) AS deadline_date_before,
       TRY_CAST(e.to_value AS DATE) AS deadline_date_after,
       e.days_slipped, e.prev_doc_id AS from_doc_id, e.doc_id AS to_doc_id,
       d.source_file, e.page
FROM action_events e
LEFT JOIN documents d ON d.doc_id = e.doc_id
WHERE e.event = 'deadline_changed'
ORDER BY e.days_slipped DESC NULLS LAST, e.plan_id, e.action_id;

-- Every change of rating between two versions of an action, with both documents' dates.
CREATE OR REPLACE VIEW rag_transitions AS
SELECT e.plan_id, e.action_id, e.ref, e.version_index,
       e.from_value AS from_rag, e.to_value AS to_rag,
       e.prev_doc_date AS from_doc_date, e.doc_date AS to_doc_date,
       e.prev_doc_id AS from_doc_id, e.doc_id AS to_doc_id,
       pd.source_file AS from_source_file, d.source_file AS to_source_file, e.page
FROM action_events e
LEFT JOIN documents d ON d.doc_id = e.doc_id
LEFT JOIN documents pd ON pd.doc_id = e.prev_doc_id
WHERE e.event = 'rag_changed'
ORDER BY e.plan_id, e.version_index, e.action_id;

-- Every action that vanished: one row per action per version that no longer prints it, with the
-- row as last printed. closed_when_last_seen says it was rated blue or printed as complete then
-- (closed, then left out); otherwise it went without a word.
CREATE OR REPLACE VIEW dropped_actions AS
SELECT e.plan_id, e.action_id, e.version_index,
       e.prev_doc_date AS last_seen_doc_date, e.doc_date AS dropped_in_doc_date,
       a.ref, a.area, a.lead, a.action, a.deadline_raw, a.deadline_date,
       a.rag AS last_rag, a.rag_raw AS last_rag_raw, a.progress AS last_progress,
       coalesce(a.rag = 'blue', false)
           OR coalesce(lower(a.rag_raw) LIKE '%complete%', false) AS closed_when_last_seen,
       e.prev_doc_id AS last_seen_doc_id, e.doc_id AS dropped_in_doc_id,
       d.source_file AS last_seen_source_file, a.page_first AS last_seen_page
FROM action_events e
LEFT JOIN actions a ON a.doc_id = e.prev_doc_id AND a.action_id = e.action_id
LEFT JOIN documents d ON d.doc_id = e.prev_doc_id
WHERE e.event = 'dropped'
ORDER BY e.plan_id, e.version_index, e.action_id;

-- One row per (lead, action) of each plan's latest version: an action with two leads gives two
-- rows, an action with none one row with a null lead_key. lead_key is the one lead's key, built
-- as extractors.normalise_leads.lead_key builds it; action_lead_key is the action's whole key.
CREATE OR REPLACE VIEW action_leads AS
WITH u AS (
    SELECT la.*, l.lead_one
    FROM latest_actions la
    LEFT JOIN LATERAL (SELECT unnest(la.leads) AS lead_one) l ON true
),
k AS (
    SELECT *,
           concat_ws('|',
               regexp_replace(replace(lower(coalesce(lead_one.person, '')), '&', 'and'), '[^\pL\pN]+', '', 'g'),
               regexp_replace(replace(lower(coalesce(lead_one.role, '')), '&', 'and'), '[^\pL\pN]+', '', 'g'),
               regexp_replace(replace(lower(coalesce(lead_one.org, '')), '&', 'and'), '[^\pL\pN]+', '', 'g')
           ) AS one_key
    FROM u
)
SELECT nullif(one_key, '||') AS lead_key,
       coalesce(nullif(concat_ws(', ', lead_one.person, lead_one.role, lead_one.org), ''),
                lead_one.initials) AS lead_name,
       lead_one.person AS lead_person, lead_one.role AS lead_role, lead_one.org AS lead_org,
       lead_one.initials AS lead_initials,
       plan_id, action_id, row_id, ref, lead AS lead_raw, lead_key AS action_lead_key, action,
       deadline_date, rag, doc_date, source_file, page_first
FROM k;

-- One row per lead across the latest versions of all plans: how many actions they lead and how
-- those are rated. An action with two leads counts once for each.
CREATE OR REPLACE VIEW actions_by_lead AS
SELECT lead_key,
       mode(lead_name) AS lead_name,
       count(DISTINCT row_id) AS n_actions,
       count(DISTINCT plan_id) AS n_plans,
       count(DISTINCT row_id) FILTER (WHERE rag = 'red') AS n_red,
       count(DISTINCT row_id) FILTER (WHERE rag = 'amber') AS n_amber,
       count(DISTINCT row_id) FILTER (WHERE rag = 'green') AS n_green,
       count(DISTINCT row_id) FILTER (WHERE rag = 'blue') AS n_blue,
       count(DISTINCT row_id) FILTER (WHERE rag IS NULL) AS n_unrated,
       min(deadline_date) AS earliest_deadline,
       max(deadline_date) AS latest_deadline
FROM action_leads
GROUP BY lead_key
ORDER BY n_actions DESC, lead_key NULLS LAST;
