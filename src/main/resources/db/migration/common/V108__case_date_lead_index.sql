-- Issue 11, record lists: a province's next cases in date order (ListQueries.Through, the lead agencies' candidates)
-- were read from (opened_on, id), each case's lead agency from the table: about 1,000 table pages for the 40 candidates
-- of a province's first page on the national data set. With the lead agency in the date index the walk reads the index
-- alone, as V106 did for patrols and handovers. It replaces the (opened_on, id) index of V40, whose uses (the list of
-- every case, newest first) it serves as well. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
create index ix_case_file_date_lead on case_file (opened_on, id, lead_agency_id);
drop index ix_case_file_opened;
