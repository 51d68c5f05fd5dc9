-- Agreements signed or reviewed at a meeting. The foreign key to cooperation_agreement keeps an agreement
-- that a meeting refers to from being deleted. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

create table meeting_agreement (
    meeting_id    bigint      not null,
    position      integer     not null,
    agreement_id  bigint      not null,
    relation      varchar(20) not null,
    constraint pk_meeting_agreement primary key (meeting_id, position),
    constraint fk_meeting_agreement_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_meeting_agreement_agreement foreign key (agreement_id) references cooperation_agreement (id)
);
-- "Meetings where this agreement was signed or reviewed" (the agreement's page).
create index ix_meeting_agreement_agreement on meeting_agreement (agreement_id, meeting_id);

create table meeting_agreement_aud (
    rev           integer     not null,
    revtype       smallint    not null,
    meeting_id    bigint      not null,
    position      integer     not null,
    agreement_id  bigint,
    relation      varchar(20),
    constraint pk_meeting_agreement_aud primary key (rev, meeting_id, position, revtype),
    constraint fk_meeting_agreement_aud_rev foreign key (rev) references revinfo (rev)
);
