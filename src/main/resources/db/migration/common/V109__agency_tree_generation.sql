-- The generation of the agency tree: advanced in the same transaction as every change of agencies, placements or
-- names (AgencySettlement). Each instance keeps its readers' scopes for one generation (ScopeCache) and reads this
-- row once per request, so a change made on one instance reaches the readers of every instance at its commit.
create table agency_tree_generation (
    id          integer primary key,
    generation  bigint not null,
    constraint ck_agency_tree_generation_one_row check (id = 1)
);
insert into agency_tree_generation (id, generation) values (1, 0);
