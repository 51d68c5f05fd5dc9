-- PostgreSQL only. The links of one agency on one side in date order (V85): a provincial reader's or a partner's first
-- page reads its rows from this index and sorts only the links of its agencies, never all meetings. H2 is left
-- without it: it answers the summary's correlated exists sub-queries on meeting_agency badly with any index that leads
-- with (agency_id, side) (see V60), and its lists are the embedded default's small ones.
create index ix_meeting_agency_date on meeting_agency (agency_id, side, start_date, meeting_id);
