-- What an agency prints on its official documents (Decree 30/2020/NĐ-CP, Appendix I): its symbol in the number
-- line ("Số: 12/BC-CAT"), the place of the date line, the superior agency of the header when it is not simply the
-- parent, the default recipients ("Nơi nhận", one a line) and the default signatory. Staff may change any of them
-- for one document; these are the defaults administrators keep. Audited like the rest of the agency.
alter table agency add column doc_symbol varchar(40);
alter table agency add column doc_place varchar(100);
alter table agency add column doc_superior varchar(300);
alter table agency add column doc_recipients varchar(2000);
alter table agency add column doc_signatory_authority varchar(200);
alter table agency add column doc_signatory_position varchar(200);
alter table agency add column doc_signatory_name varchar(200);

alter table agency_aud add column doc_symbol varchar(40);
alter table agency_aud add column doc_place varchar(100);
alter table agency_aud add column doc_superior varchar(300);
alter table agency_aud add column doc_recipients varchar(2000);
alter table agency_aud add column doc_signatory_authority varchar(200);
alter table agency_aud add column doc_signatory_position varchar(200);
alter table agency_aud add column doc_signatory_name varchar(200);

-- The provinces of the seed articles print as their reports did.
update agency set doc_symbol = 'CAT', doc_place = 'Lạng Sơn', doc_signatory_authority = 'KT. GIÁM ĐỐC',
    doc_signatory_position = 'PHÓ GIÁM ĐỐC', doc_recipients = 'Cục Đối ngoại (V02) - Bộ Công an
Đồng chí Giám đốc Công an tỉnh
Lưu: VT, PV01'
    where code = 'VN-LS-CA';
update agency set doc_symbol = 'CAT', doc_place = 'Lào Cai', doc_signatory_authority = 'KT. GIÁM ĐỐC',
    doc_signatory_position = 'PHÓ GIÁM ĐỐC', doc_recipients = 'Cục Đối ngoại (V02) - Bộ Công an
Lưu: VT, PV01'
    where code = 'VN-LC-CA';
update agency set doc_symbol = 'BĐBP', doc_place = 'Lào Cai',
    doc_signatory_position = 'CHỈ HUY TRƯỞNG', doc_recipients = 'Bộ Tư lệnh Bộ đội Biên phòng
Lưu: VT, TM'
    where code = 'VN-LC-BDBP';
