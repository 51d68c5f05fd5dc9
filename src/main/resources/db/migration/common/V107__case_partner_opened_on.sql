-- Issue 11, record lists: a case list restricted to agencies (a provincial reader's scope: the lead agency or a partner
-- in it; the partner filter) could not read a partner's cases in date order: the partner links carry no date, so the
-- list read every case in date order and probed its partners, or sorted every case of those partners. With the case's
-- opening date copied onto its partner links (the application keeps it equal: CaseFile.describe), the list reads the
-- links of those agencies in date order and stops after a page (ListQueries.Through, CasePartnerLink), as V85 did for
-- the meetings' links.
alter table case_file_partner add column opened_on date;
update case_file_partner set opened_on = (select c.opened_on from case_file c where c.id = case_file_partner.case_file_id);
alter table case_file_partner alter column opened_on set not null;

-- Envers keeps the links' columns in the history: a revision's links take the case's date in that revision (a change of
-- the partners always writes the case's row too), or today's when that row is missing.
alter table case_file_partner_aud add column opened_on date;
update case_file_partner_aud set opened_on = coalesce(
        (select c.opened_on from case_file_aud c where c.id = case_file_partner_aud.case_file_id and c.rev = case_file_partner_aud.rev),
        (select c.opened_on from case_file c where c.id = case_file_partner_aud.case_file_id));
