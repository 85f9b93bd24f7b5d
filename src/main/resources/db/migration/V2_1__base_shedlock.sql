-- ShedLock's lock rows: a scheduled job runs on one node at a time (base.SchedulingConfig). Times are UTC like every
-- other moment here: the lock provider takes them from the database clock (UTC_TIMESTAMP on MySQL and MariaDB, the
-- session time on H2, which the H2 URLs pin to UTC).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until datetime(3)  not null,
    locked_at  datetime(3)  not null,
    locked_by  varchar(255) not null
);
