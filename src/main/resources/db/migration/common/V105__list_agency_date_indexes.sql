-- Issue 11, record lists: a provincial reader's patrols and handovers (or a partner's) were read in date order from
-- (date, id) and every row of the other provinces dropped after reading it from the table: some 500 table rows for a
-- page of 20 on the national data set. The lists now read the next rows of those agencies per agency column from these
-- indexes (date and id included, so the table is not read for them) and only then the page's rows (ListQueries.Through).
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL; the indexes they supersede go on PostgreSQL only (V105_1): H2
-- keeps an index of a foreign key for the constraint and refuses to drop it.
create index ix_patrol_our_agency_date on patrol (our_agency_id, patrol_date, id);
create index ix_patrol_partner_agency_date on patrol (partner_agency_id, patrol_date, id);
create index ix_handover_our_agency_date on handover (our_agency_id, handover_date, id);
create index ix_handover_partner_agency_date on handover (partner_agency_id, handover_date, id);
