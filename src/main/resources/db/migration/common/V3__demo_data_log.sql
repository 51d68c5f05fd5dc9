-- Which demo-data scripts (src/main/resources/db/demo) have been loaded into this database.
-- Demo records exist only where liaison.demo-data is true: the embedded default and the tests.
create table demo_data_load (
    script     varchar(200) primary key,
    loaded_at  timestamp with time zone not null
);
