-- Customer directory (issue 13, 客户一览表, 000 名册制度 第三条): saved filters per person and the indexes that keep
-- the directory's pages index-backed at 100,000 archives.

-- A person's named filters of the directory; the filter is stored as JSON (CustomerFilter), names unique per person.
create table customer_saved_filter (
    id          bigint        not null auto_increment primary key,
    version     bigint        not null default 0,
    employee_id bigint        not null,
    name        varchar(60)   not null,
    filter_json varchar(4000) not null,
    created_at  datetime(6)   not null,
    constraint uk_customer_saved_filter unique (employee_id, name)
);

-- Covering indexes for the directory's sort orders: (sort key, id, status) answers the page of ids with the default
-- status filter from the index alone, so a deep page (offset 90,000) walks one index and reads 50 rows.
create index ix_customer_dir_name on customer (name, id, status);
create index ix_customer_dir_code on customer (code, id, status);
create index ix_customer_dir_follow_up on customer (last_follow_up_on, id, status);
-- Counting a grade's or a region's archives in the default statuses reads only the index.
create index ix_customer_dir_grade on customer (grade, status);
create index ix_customer_dir_region on customer (region_id, status);
