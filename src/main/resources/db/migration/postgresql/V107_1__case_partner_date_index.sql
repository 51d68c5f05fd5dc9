-- PostgreSQL only. A partner's case links in date order (V107): a provincial reader's or a partner's case list reads its
-- candidates from this index alone and sorts only the links of its agencies, never all cases. H2 is left without it, as
-- meeting_agency is (V85_1): its lists are the embedded default's small ones.
create index ix_case_file_partner_date on case_file_partner (agency_id, opened_on, case_file_id);
