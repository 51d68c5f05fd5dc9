-- PostgreSQL only. A provincial reader's meetings are the links of the province's agencies on either side: read in date
-- order one range per agency and merged (MeetingsThroughLinks), they need an index on (agency, date) without the side, which
-- ix_meeting_agency_date (agency, side, date) puts between. Without it, the links of a province (12,000 on the national data
-- set) were read and sorted on every page (2 to 5 ms). H2 is left without it, as with V85_1.
create index ix_meeting_agency_agency_date on meeting_agency (agency_id, start_date, meeting_id);
