-- Indexes for the cooperation summary's aggregate queries (report module), found with SummaryBenchmark on the
-- national data set (25 provinces over ten years). Each holds every column its query reads, so PostgreSQL answers
-- from the index alone (index-only scans) instead of visiting tens of thousands of table pages.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- Meetings.countByKind: the meetings of the period (start_date between from and to, status RECORDED), summed by kind;
-- the exists sub-queries on meeting_agency are then joined by id. With ix_meeting_start_date (start_date, id) a
-- province-year read ~25,000 rows scattered over ~10,000 table pages.
-- (An index meeting_agency (agency_id, side, meeting_id) would save PostgreSQL a few more milliseconds, but H2 then
-- answers each correlated exists by scanning every link row of the sub-tree: the ministry's summary took 30 s.)
create index ix_meeting_summary on meeting (start_date, status, kind, event_count, id);

-- CaseFiles.totals: cases per category (lead_agency_id in (...), opened_on between from and to; count, subjects,
-- victims), and the id that joins the seizures. Covers what ix_case_file_lead (lead_agency_id, opened_on) did.
create index ix_case_file_summary on case_file (lead_agency_id, opened_on, category, subjects, victims, id);

-- CaseFiles.totals: the seizures of those cases summed per item and canonical unit (join on case_file_id).
create index ix_case_file_seizure_summary on case_file_seizure (case_file_id, item, canonical_unit, canonical_quantity);
