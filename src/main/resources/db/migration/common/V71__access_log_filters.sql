-- The access log page filters by user, event and period, newest first; an export names what was downloaded
-- (subject) and with which parameters (a JSON object of strings), so the page can label both in the reader's
-- language instead of showing a sentence written in English when the event happened.
alter table access_log add column subject varchar(60);
alter table access_log add column parameters varchar(1000);

-- Filters by user or by event, each read newest first. (username, at) replaces the index on username alone.
create index ix_access_log_user_at on access_log (username, at);
create index ix_access_log_event_at on access_log (event, at);
drop index ix_access_log_user;
