-- Issue 11, record lists: a province's next patrols or handovers in date order (ListQueries.Through) were still read
-- from (date, id), each row's agency from the table (some 1,000 table pages for 40 candidates of a province: PostgreSQL
-- prefers that walk to sorting all of a province's rows from the agency indexes of V105). With both agency columns in
-- the date index the walk reads the index alone (ten pages). These replace the (date, id) indexes of V81, whose uses
-- (the lists of everything, newest first) they serve as well. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
create index ix_patrol_date_agencies on patrol (patrol_date, id, our_agency_id, partner_agency_id);
drop index ix_patrol_date_id;

create index ix_handover_date_agencies on handover (handover_date, id, our_agency_id, partner_agency_id);
drop index ix_handover_date_id;
