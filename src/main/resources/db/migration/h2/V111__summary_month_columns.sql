-- The month (yyyymm) of each record's date as a column the database computes, for the cooperation summary's monthly
-- breakdown: see the PostgreSQL twin of this migration (db/migration/postgresql) for why. H2 computes generated
-- columns on write without the STORED keyword.
alter table meeting add column start_month integer
    generated always as (extract(year from start_date) * 100 + extract(month from start_date));
alter table patrol add column patrol_month integer
    generated always as (extract(year from patrol_date) * 100 + extract(month from patrol_date));
alter table case_file add column opened_month integer
    generated always as (extract(year from opened_on) * 100 + extract(month from opened_on));
alter table handover add column handover_month integer
    generated always as (extract(year from handover_date) * 100 + extract(month from handover_date));

drop index ix_meeting_summary;
create index ix_meeting_summary on meeting (start_date, status, kind, start_month, event_count, id);
drop index ix_case_file_summary;
create index ix_case_file_summary on case_file (lead_agency_id, opened_on, category, opened_month, subjects, victims, id);
