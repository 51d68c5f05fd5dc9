-- PostgreSQL only: the indexes on (agency, date) and on the partner agency alone, whose uses the indexes of V105 serve
-- as well (the same leading columns), so that a written row updates two indexes fewer.
drop index ix_patrol_our_agency;
drop index ix_patrol_partner_agency;
drop index ix_handover_our_agency;
drop index ix_handover_partner_agency;
