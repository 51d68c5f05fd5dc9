-- PostgreSQL only. Free text in the record lists is "search_text like '%folded words%'", which no B-tree can serve:
-- every search read the whole table. pg_trgm's GIN indexes answer such a like from the trigrams of the words
-- (three characters or more), whatever their position in the text. H2 keeps its plan: the like scans the table.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may create it without being
-- a superuser (PostgreSQL 13 and later); otherwise an administrator runs "create extension pg_trgm" once beforehand.
create extension if not exists pg_trgm;

create index ix_meeting_search_trgm on meeting using gin (search_text gin_trgm_ops);
create index ix_patrol_search_trgm on patrol using gin (search_text gin_trgm_ops);
create index ix_case_file_search_trgm on case_file using gin (search_text gin_trgm_ops);
create index ix_agreement_search_trgm on cooperation_agreement using gin (search_text gin_trgm_ops);

-- The meeting list's partner filter, "exists (select 1 from meeting_agency where meeting_id = m.id and side = 'PARTNER'
-- and agency_id in (...))", is probed once per meeting read in date order. The primary key (meeting_id, agency_id)
-- lacks the side, so every probe also read the table row (a Lạng Sơn reader's first page with a partner: 7,800 probes,
-- 40,000 buffers); with the side in the index the probe is index-only. PostgreSQL only, like ix_meeting_agency_side (V60_1).
create index ix_meeting_agency_meeting_side on meeting_agency (meeting_id, side, agency_id);
