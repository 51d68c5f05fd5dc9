-- Issue 11, record lists: each list is read newest first with the id as tie-break (date desc, id desc), so that a page
-- ends where the next begins. An index on (date, id) hands the rows over in that order and a page stops after its
-- rows; with the date alone PostgreSQL sorted every row of a day group (and H2 every matching row) before the limit.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
create index ix_patrol_date_id on patrol (patrol_date, id);
drop index ix_patrol_date;

create index ix_handover_date_id on handover (handover_date, id);
drop index ix_handover_date;

create index ix_access_log_at_id on access_log (at, id);
drop index ix_access_log_at;
