-- Links of a case to the patrols it came from, the meetings at which it was discussed and the agreements that are
-- its legal basis. The foreign keys keep a linked patrol, meeting or agreement from being deleted; the casefile
-- module owns the tables.

create table case_file_patrol (
    case_file_id  bigint  not null,
    patrol_id     bigint  not null,
    constraint pk_case_file_patrol primary key (case_file_id, patrol_id),
    constraint fk_case_file_patrol_case foreign key (case_file_id) references case_file (id),
    constraint fk_case_file_patrol_patrol foreign key (patrol_id) references patrol (id)
);
create index ix_case_file_patrol_patrol on case_file_patrol (patrol_id, case_file_id);

create table case_file_agreement (
    case_file_id  bigint  not null,
    agreement_id  bigint  not null,
    constraint pk_case_file_agreement primary key (case_file_id, agreement_id),
    constraint fk_case_file_agreement_case foreign key (case_file_id) references case_file (id),
    constraint fk_case_file_agreement_agreement foreign key (agreement_id) references cooperation_agreement (id)
);
create index ix_case_file_agreement_agreement on case_file_agreement (agreement_id, case_file_id);

create table case_file_meeting (
    case_file_id  bigint  not null,
    meeting_id    bigint  not null,
    constraint pk_case_file_meeting primary key (case_file_id, meeting_id),
    constraint fk_case_file_meeting_case foreign key (case_file_id) references case_file (id),
    constraint fk_case_file_meeting_meeting foreign key (meeting_id) references meeting (id)
);
create index ix_case_file_meeting_meeting on case_file_meeting (meeting_id, case_file_id);

create table case_file_patrol_aud (
    rev           integer   not null,
    revtype       smallint  not null,
    case_file_id  bigint    not null,
    patrol_id     bigint    not null,
    constraint pk_case_file_patrol_aud primary key (rev, case_file_id, patrol_id, revtype),
    constraint fk_case_file_patrol_aud_rev foreign key (rev) references revinfo (rev)
);

create table case_file_agreement_aud (
    rev           integer   not null,
    revtype       smallint  not null,
    case_file_id  bigint    not null,
    agreement_id  bigint    not null,
    constraint pk_case_file_agreement_aud primary key (rev, case_file_id, agreement_id, revtype),
    constraint fk_case_file_agreement_aud_rev foreign key (rev) references revinfo (rev)
);

create table case_file_meeting_aud (
    rev           integer   not null,
    revtype       smallint  not null,
    case_file_id  bigint    not null,
    meeting_id    bigint    not null,
    constraint pk_case_file_meeting_aud primary key (rev, case_file_id, meeting_id, revtype),
    constraint fk_case_file_meeting_aud_rev foreign key (rev) references revinfo (rev)
);
