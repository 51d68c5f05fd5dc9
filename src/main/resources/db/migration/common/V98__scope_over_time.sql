-- Scope over time (issue 12): the reader's scope asks which lineage rows beneath its agency differ from today (ended,
-- or beginning later). This index answers that from the ancestor's few ended rows instead of all its rows.
create index ix_agency_lineage_ancestor_until on agency_lineage (ancestor_id, valid_until, valid_from, agency_id);
-- Agencies merged into one of the reader's sub-tree (the successor sees the history of what it absorbed).
create index ix_agency_successor on agency (successor_id);
