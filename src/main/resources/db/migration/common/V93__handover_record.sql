-- The handover record as signed at the gate (issue 14): the record's number per issuing agency (our agency) and year
-- ("Số: 12/BB-CATLS"), the time of day, and the representatives of both sides and the witnesses who sign it.

alter table handover add column handover_time time;
alter table handover add column record_year integer;
alter table handover add column record_number integer;
-- the symbol printed after the number ("BB-CATLS"), kept as issued: a later change of the agency's symbol does not
-- renumber records already signed
alter table handover add column record_symbol varchar(40);
alter table handover add constraint uq_handover_record_number unique (our_agency_id, record_year, record_number);
alter table handover add constraint ck_handover_record_number check (record_number is null or record_number >= 1);

alter table handover_aud add column handover_time time;
alter table handover_aud add column record_year integer;
alter table handover_aud add column record_number integer;
alter table handover_aud add column record_symbol varchar(40);

-- The last number given per agency and year. Allocation updates this row, whose lock makes concurrent records of the
-- same agency wait for each other instead of both reading the same maximum; the unique constraint above stays as
-- the last guard.
create table handover_record_counter (
    agency_id    bigint  not null,
    record_year  integer not null,
    last_number  integer not null,
    constraint pk_handover_record_counter primary key (agency_id, record_year),
    constraint fk_handover_record_counter_agency foreign key (agency_id) references agency (id)
);

-- Records made before numbering get numbers in the order they happened, so every record of a year has one.
update handover h set record_year = extract(year from h.handover_date);
update handover h set record_number = (
    select count(*) from handover o
    where o.our_agency_id = h.our_agency_id and o.record_year = h.record_year
      and (o.handover_date < h.handover_date or (o.handover_date = h.handover_date and o.id <= h.id)));
insert into handover_record_counter (agency_id, record_year, last_number)
    select our_agency_id, record_year, max(record_number) from handover group by our_agency_id, record_year;

create table handover_representative (
    handover_id     bigint       not null,
    list_index      integer      not null,
    -- OURS, PARTNER or WITNESS
    side            varchar(10)  not null,
    full_name       varchar(200) not null,
    rank_name       varchar(100),
    position_title  varchar(300),
    constraint pk_handover_representative primary key (handover_id, list_index),
    constraint fk_handover_representative_handover foreign key (handover_id) references handover (id),
    constraint ck_handover_representative_side check (side in ('OURS', 'PARTNER', 'WITNESS'))
);

create table handover_representative_aud (
    rev             integer      not null,
    revtype         smallint     not null,
    handover_id     bigint       not null,
    list_index      integer      not null,
    side            varchar(10),
    full_name       varchar(200),
    rank_name       varchar(100),
    position_title  varchar(300),
    constraint pk_handover_representative_aud primary key (rev, revtype, handover_id, list_index),
    constraint fk_handover_representative_aud_rev foreign key (rev) references revinfo (rev)
);
