-- Demo links between meetings and agreements (db/demo is loaded only where liaison.demo-data is true).
-- 16/8/2024, Vinh: the four-party memorandum (101) was signed at the security-cooperation conference (meeting 1).
-- 11/7/2024, Vientiane: at the high-level talks (meeting 4) the extradition treaty (103) and the memorandum on the
-- population-management system (104) were signed and the 2024 yearly cooperation plan (102) was reviewed.
-- No other demo meeting falls on the signing date of a demo agreement.
insert into meeting_agreement (meeting_id, position, agreement_id, relation) values (1, 0, 101, 'SIGNED');
insert into meeting_agreement (meeting_id, position, agreement_id, relation) values (4, 0, 103, 'SIGNED');
insert into meeting_agreement (meeting_id, position, agreement_id, relation) values (4, 1, 104, 'SIGNED');
insert into meeting_agreement (meeting_id, position, agreement_id, relation) values (4, 2, 102, 'REVIEWED');
