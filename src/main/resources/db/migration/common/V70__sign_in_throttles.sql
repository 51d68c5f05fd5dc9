-- Issue 10: sign-in throttling replaces the per-account lock that anyone could trigger with five wrong passwords.
-- One row per throttle key: a (username, client address) pair, a client address, or a username. Rows live in the
-- database, not in an instance's memory, so every instance behind the load balancer applies the same throttle.
create table sign_in_throttle (
    throttle_key    varchar(250) not null,
    kind            varchar(20)  not null,
    username        varchar(100),
    remote_addr     varchar(100),
    failures        integer      not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone,
    constraint pk_sign_in_throttle primary key (throttle_key),
    constraint ck_sign_in_throttle_kind check (kind in ('USERNAME_ADDRESS', 'ADDRESS', 'USERNAME'))
);
create index ix_sign_in_throttle_username on sign_in_throttle (username);
create index ix_sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);

alter table user_account drop column failed_attempts;
alter table user_account drop column locked_until;
-- Set for the generated first administrator password and for passwords reset by an administrator.
alter table user_account add column password_must_change boolean not null default false;

-- The lock is gone; its log entries now read as the throttle that replaced it.
update access_log set event = 'SIGN_IN_THROTTLED' where event = 'ACCOUNT_LOCKED';
