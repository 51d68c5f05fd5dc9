-- Yên Bái provincial police with a few of its units, as they stood before the 2025 reorganisation: a department, the
-- district police of Văn Yên and two of its commune police. On 1 July 2025 Yên Bái province merged into Lào Cai;
-- the demo (and the tests that need it) perform that merge through the reorganisation service, so the seed is the
-- state before it. Placements, names and lineage are written the way V86 wrote them for every seeded agency.

insert into agency (id, version, created_by, created_at, updated_by, updated_at, code, country, kind, level, name_vi, name_en, name_native, search_text, parent_id, parent_since, path, valid_from, valid_to, active, successor_id) values (23, 0, 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'VN-YB-CA', 'VN', 'PROVINCIAL_POLICE', 'PROVINCIAL', 'Công an tỉnh Yên Bái', 'Yen Bai Provincial Police', null, 'vn-yb-ca cong an tinh yen bai yen bai provincial police', 1, null, '/1/23/', null, null, true, null);
insert into agency (id, version, created_by, created_at, updated_by, updated_at, code, country, kind, level, name_vi, name_en, name_native, search_text, parent_id, parent_since, path, valid_from, valid_to, active, successor_id) values (24, 0, 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'VN-YB-CA-XNC', 'VN', 'PROVINCIAL_UNIT', 'PROVINCIAL', 'Phòng Quản lý xuất nhập cảnh Công an tỉnh Yên Bái', 'Immigration Management Department, Yen Bai Provincial Police', null, 'vn-yb-ca-xnc phong quan ly xuat nhap canh cong an tinh yen bai immigration management department, yen bai provincial police', 23, null, '/1/23/24/', null, null, true, null);
insert into agency (id, version, created_by, created_at, updated_by, updated_at, code, country, kind, level, name_vi, name_en, name_native, search_text, parent_id, parent_since, path, valid_from, valid_to, active, successor_id) values (25, 0, 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'VN-YB-CA-VY', 'VN', 'DISTRICT_POLICE', 'DISTRICT', 'Công an huyện Văn Yên', 'Van Yen District Police', null, 'vn-yb-ca-vy cong an huyen van yen van yen district police', 23, null, '/1/23/25/', null, null, true, null);
insert into agency (id, version, created_by, created_at, updated_by, updated_at, code, country, kind, level, name_vi, name_en, name_native, search_text, parent_id, parent_since, path, valid_from, valid_to, active, successor_id) values (26, 0, 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'VN-YB-CA-VY-AT', 'VN', 'COMMUNE_POLICE', 'COMMUNE', 'Công an xã An Thịnh', 'An Thinh Commune Police', null, 'vn-yb-ca-vy-at cong an xa an thinh an thinh commune police', 25, null, '/1/23/25/26/', null, null, true, null);
insert into agency (id, version, created_by, created_at, updated_by, updated_at, code, country, kind, level, name_vi, name_en, name_native, search_text, parent_id, parent_since, path, valid_from, valid_to, active, successor_id) values (27, 0, 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'system', timestamp with time zone '2024-01-01 00:00:00+00', 'VN-YB-CA-VY-DC', 'VN', 'COMMUNE_POLICE', 'COMMUNE', 'Công an xã Đông Cuông', 'Dong Cuong Commune Police', null, 'vn-yb-ca-vy-dc cong an xa dong cuong dong cuong commune police', 25, null, '/1/23/25/27/', null, null, true, null);

insert into agency_placement (agency_id, parent_id, valid_from, valid_until)
select id, parent_id, date '1900-01-01', null from agency where id between 23 and 27;

insert into agency_name (agency_id, code, name_vi, name_en, name_native, valid_from, valid_until)
select id, code, name_vi, name_en, name_native, date '1900-01-01', null from agency where id between 23 and 27;

insert into agency_lineage (agency_id, ancestor_id, depth, valid_from, valid_until)
select a.id, b.id,
       (length(a.path) - length(replace(a.path, '/', ''))) - (length(b.path) - length(replace(b.path, '/', ''))),
       date '1900-01-01', null
from agency a join agency b on a.path like concat(b.path, '%')
where a.id between 23 and 27;
