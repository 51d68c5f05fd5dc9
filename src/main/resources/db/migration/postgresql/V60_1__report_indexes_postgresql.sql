-- PostgreSQL only (H2 answers its correlated exists sub-queries badly with this index: see V60).
-- Meetings.countByKind / Meetings.spread: "exists (select 1 from meeting_agency where side = 'OUR' and agency_id in
-- (...sub-tree...) and meeting_id = m.id)". ix_meeting_agency_agency lacks the side, so PostgreSQL read every link
-- row of the sub-tree from the table (about 2,000 pages for a province-year at national scale); with the side in the
-- index the hash of our meetings comes from the index alone.
create index ix_meeting_agency_side on meeting_agency (agency_id, side, meeting_id);
