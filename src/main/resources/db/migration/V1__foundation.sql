-- Foundation: organisation, accounts, audit. Portable across H2 (MySQL mode), MariaDB 10.11 and MySQL 8.
-- Moments are stored as UTC DATETIME(6) (hibernate.jdbc.time_zone=UTC); text columns follow the database's utf8mb4 default.

create table department (
    id               bigint       not null auto_increment primary key,
    code             varchar(30)  not null,
    name             varchar(100) not null,
    kind             varchar(20)  not null,
    parent_id        bigint,
    head_employee_id bigint,
    sort_order       int          not null default 0,
    version          bigint       not null default 0,
    constraint uk_department_code unique (code),
    constraint fk_department_parent foreign key (parent_id) references department (id)
);

create table employee (
    id             bigint       not null auto_increment primary key,
    employee_no    varchar(30)  not null,
    display_name   varchar(50)  not null,
    department_id  bigint       not null,
    position_title varchar(100),
    manager_id     bigint,
    hire_date      date         not null,
    education      varchar(20)  not null,
    phone          varchar(30),
    email          varchar(120),
    status         varchar(10)  not null,
    left_on        date,
    version        bigint       not null default 0,
    constraint uk_employee_no unique (employee_no),
    constraint fk_employee_department foreign key (department_id) references department (id),
    constraint fk_employee_manager foreign key (manager_id) references employee (id)
);
create index ix_employee_name on employee (display_name);

alter table department add constraint fk_department_head foreign key (head_employee_id) references employee (id);

create table user_account (
    id                  bigint       not null auto_increment primary key,
    employee_id         bigint       not null,
    username            varchar(50)  not null,
    password_hash       varchar(200) not null,
    enabled             boolean      not null,
    failed_attempts     int          not null default 0,
    locked_until        datetime(6),
    preferred_locale    varchar(10),
    password_changed_at datetime(6),
    version             bigint       not null default 0,
    constraint uk_user_account_username unique (username),
    constraint uk_user_account_employee unique (employee_id),
    constraint fk_user_account_employee foreign key (employee_id) references employee (id)
);

create table user_account_role (
    account_id bigint      not null,
    role       varchar(30) not null,
    primary key (account_id, role),
    constraint fk_user_account_role_account foreign key (account_id) references user_account (id)
);

-- Append-only: the application has no update or delete path for these rows.
create table audit_event (
    id             bigint       not null auto_increment primary key,
    occurred_at    datetime(6)  not null,
    actor          varchar(50)  not null,
    action         varchar(60)  not null,
    entity_type    varchar(40),
    entity_id      varchar(40),
    detail         varchar(500),
    remote_address varchar(64)
);
create index ix_audit_event_time on audit_event (occurred_at);
create index ix_audit_event_actor on audit_event (actor, occurred_at);
create index ix_audit_event_action on audit_event (action, occurred_at);
