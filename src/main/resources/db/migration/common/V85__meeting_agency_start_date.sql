-- Issue 11, record lists: a meeting list restricted to agencies (a provincial reader's scope, the partner filter)
-- read every meeting in date order and probed its links, or sorted every meeting of the sub-tree, before the 20 rows of
-- a page. With the meeting's start date copied onto its links (the application keeps it equal: Meeting.apply), the
-- list reads the links of those agencies in date order and stops after a page (MeetingsThroughLinks).
alter table meeting_agency add column start_date date;
update meeting_agency set start_date = (select m.start_date from meeting m where m.id = meeting_agency.meeting_id);
alter table meeting_agency alter column start_date set not null;

-- Envers keeps the links' columns in the history: a revision's links take the date of the meeting in that revision
-- (a change of the links always writes the meeting's row too), or today's when that row is missing.
alter table meeting_agency_aud add column start_date date;
update meeting_agency_aud set start_date = coalesce(
        (select m.start_date from meeting_aud m where m.id = meeting_agency_aud.meeting_id and m.rev = meeting_agency_aud.rev),
        (select m.start_date from meeting m where m.id = meeting_agency_aud.meeting_id));
