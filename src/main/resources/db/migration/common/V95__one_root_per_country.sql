-- One root per country: China's public-security units under its Ministry of Public Security, as Laos's provincial
-- police already are under the Lao ministry (agency 51). The top Chinese units are placed under the new root from
-- 1900-01-01, the beginning of every seeded placement, so the history stays one consistent tree; the lineage gains
-- the new ancestor for every period in which one of those units was above an agency, and the paths take its id.
-- The Mengzi military sub-district border troops (37) belong to the People's Liberation Army, not to the ministry:
-- they stay a root of their own, as Viet Nam's Ministry of National Defence (18) does beside the Ministry of Public
-- Security (1).

insert into agency (id, version, created_by, created_at, updated_by, updated_at, code, country, kind, level, name_vi, name_en, name_native, search_text, parent_id, parent_since, path, valid_from, valid_to, active, successor_id) values (30, 0, 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'CN-MPS', 'CN', 'MINISTRY', 'CENTRAL', 'Bộ Công an Trung Quốc', 'Ministry of Public Security of China', '中华人民共和国公安部', 'cn-mps bo cong an trung quoc ministry of public security of china 中华人民共和国公安部', null, null, '/30/', null, null, true, null);

insert into agency_placement (agency_id, parent_id, valid_from, valid_until) values (30, null, date '1900-01-01', null);
insert into agency_name (agency_id, code, name_vi, name_en, name_native, valid_from, valid_until)
values (30, 'CN-MPS', 'Bộ Công an Trung Quốc', 'Ministry of Public Security of China', '中华人民共和国公安部', date '1900-01-01', null);

-- Each agency that has one of the top units above it (or is one) gains the ministry one level further up, for the
-- same periods.
insert into agency_lineage (agency_id, ancestor_id, depth, valid_from, valid_until)
select l.agency_id, 30, l.depth + 1, l.valid_from, l.valid_until
from agency_lineage l
where l.ancestor_id in (31, 34, 36, 38)
  and exists (select 1 from agency_placement p where p.agency_id = l.ancestor_id and p.parent_id is null);
insert into agency_lineage (agency_id, ancestor_id, depth, valid_from, valid_until) values (30, 30, 0, date '1900-01-01', null);

update agency_placement set parent_id = 30 where agency_id in (31, 34, 36, 38) and parent_id is null;

update agency set path = concat('/30', path)
where path like '/31/%' or path like '/34/%' or path like '/36/%' or path like '/38/%';
update agency set parent_id = 30 where id in (31, 34, 36, 38) and parent_id is null;
