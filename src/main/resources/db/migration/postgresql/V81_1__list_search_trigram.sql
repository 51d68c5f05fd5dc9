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
