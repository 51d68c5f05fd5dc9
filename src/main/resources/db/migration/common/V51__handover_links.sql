-- A handover's linked case and the agreement it rests on (both optional). The foreign keys keep a linked case or
-- agreement from being deleted.

alter table handover add column case_file_id bigint;
alter table handover add column legal_basis_agreement_id bigint;
alter table handover add constraint fk_handover_case_file foreign key (case_file_id) references case_file (id);
alter table handover add constraint fk_handover_legal_basis_agreement
    foreign key (legal_basis_agreement_id) references cooperation_agreement (id);
create index ix_handover_case_file on handover (case_file_id);
create index ix_handover_legal_basis_agreement on handover (legal_basis_agreement_id);

alter table handover_aud add column case_file_id bigint;
alter table handover_aud add column legal_basis_agreement_id bigint;
