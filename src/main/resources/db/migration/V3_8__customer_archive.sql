-- Customer directory (issue 13): the archive (000 信息办法 第四条, 004 第二章), its regions (002 四), contacts,
-- follow-ups, monthly sales (002 六), contracts with attachments, the customer-code counters and the Envers history.
-- Employees and departments are referenced by id only (modules never share entities).

create table customer_region (
    id               bigint       not null auto_increment primary key,
    code             varchar(20)  not null,
    name             varchar(100) not null,
    group_name       varchar(100),
    boundaries       varchar(500),
    unsuitable_times varchar(300),
    remarks          varchar(500),
    active           boolean      not null default true,
    version          bigint       not null default 0,
    constraint uk_customer_region_code unique (code)
);

create table customer (
    id                   bigint        not null auto_increment primary key,
    version              bigint        not null default 0,
    code                 varchar(30),
    name                 varchar(200)  not null,
    short_name           varchar(100),
    name_key             varchar(200)  not null,
    name_pinyin          varchar(600)  not null,
    name_initials        varchar(200)  not null,
    credit_code          varchar(18),
    variant              varchar(30)   not null,
    nature               varchar(30)   not null,
    special_kind         varchar(30),
    business_type        varchar(30),
    market               varchar(20)   not null,
    region_id            bigint,
    industry             varchar(100),
    legal_representative varchar(100),
    address              varchar(300),
    postcode             varchar(20),
    phone                varchar(50),
    fax                  varchar(50),
    email                varchar(200),
    website              varchar(200),
    business_scope       varchar(1000),
    registered_capital   decimal(15, 2),
    founded_on           date,
    trade_since          date,
    organisation_form    varchar(60),
    assets               decimal(15, 2),
    employee_count       int,
    annual_sales         decimal(15, 2),
    confidentiality      varchar(20)   not null,
    status               varchar(30)   not null,
    end_kind             varchar(20),
    status_reason        varchar(1000),
    status_changed_at    datetime(6)   not null,
    owner_employee_id    bigint        not null,
    department_id        bigint        not null,
    payment_status       varchar(20),
    collection_status    varchar(20),
    grade                varchar(10),
    rating               varchar(10),
    last_follow_up_on    date,
    created_at           datetime(6)   not null,
    created_by           varchar(50)   not null,
    updated_at           datetime(6)   not null,
    constraint uk_customer_code unique (code),
    constraint uk_customer_credit_code unique (credit_code),
    constraint fk_customer_region foreign key (region_id) references customer_region (id)
);
-- The directory's sort orders and filters, each index-backed (keyset-friendly: id as the tie-breaker).
create index ix_customer_name on customer (name, id);
create index ix_customer_name_key on customer (name_key);
create index ix_customer_pinyin on customer (name_pinyin);
create index ix_customer_initials on customer (name_initials);
create index ix_customer_short_name on customer (short_name);
create index ix_customer_status on customer (status, name, id);
create index ix_customer_grade on customer (grade, name, id);
create index ix_customer_region on customer (region_id, name, id);
create index ix_customer_owner on customer (owner_employee_id, status);
create index ix_customer_department on customer (department_id, status);
create index ix_customer_follow_up on customer (status, last_follow_up_on);

-- Co-responsible staff (000 信息办法 第十条: important customers need 两个以上的人员 in contact).
create table customer_co_owner (
    customer_id bigint not null,
    employee_id bigint not null,
    primary key (customer_id, employee_id),
    constraint fk_customer_co_owner_customer foreign key (customer_id) references customer (id)
);
create index ix_customer_co_owner_employee on customer_co_owner (employee_id);

create table customer_contact (
    id          bigint       not null auto_increment primary key,
    customer_id bigint       not null,
    version     bigint       not null default 0,
    name        varchar(100) not null,
    title       varchar(100),
    department  varchar(100),
    phone       varchar(50),
    mobile      varchar(50),
    email       varchar(200),
    primary_contact boolean  not null default false,
    remarks     varchar(500),
    created_at  datetime(6)  not null,
    constraint fk_customer_contact_customer foreign key (customer_id) references customer (id)
);
create index ix_customer_contact_customer on customer_contact (customer_id);
create index ix_customer_contact_name on customer_contact (name);
create index ix_customer_contact_mobile on customer_contact (mobile);
create index ix_customer_contact_phone on customer_contact (phone);

-- 跟进记录: a visit must be recorded the same day (004 第二章 三); a later record is marked late.
create table customer_follow_up (
    id                bigint        not null auto_increment primary key,
    customer_id       bigint        not null,
    version           bigint        not null default 0,
    kind              varchar(20)   not null,
    occurred_on       date          not null,
    staff_employee_id bigint        not null,
    contact_id        bigint,
    summary           varchar(2000) not null,
    next_step         varchar(1000),
    next_on           date,
    late              boolean       not null default false,
    recorded_at       datetime(6)   not null,
    recorded_by       varchar(50)   not null,
    constraint fk_customer_follow_up_customer foreign key (customer_id) references customer (id),
    constraint fk_customer_follow_up_contact foreign key (contact_id) references customer_contact (id)
);
create index ix_customer_follow_up_customer on customer_follow_up (customer_id, occurred_on);
create index ix_customer_follow_up_staff on customer_follow_up (staff_employee_id, occurred_on);

-- 客户销售信息月报表 (002 六): one row per customer, month and product.
create table customer_monthly_sale (
    id                      bigint        not null auto_increment primary key,
    customer_id             bigint        not null,
    version                 bigint        not null default 0,
    sales_month             date          not null,
    responsible_employee_id bigint,
    product                 varchar(100)  not null,
    amount                  decimal(15, 2) not null,
    discount                decimal(15, 2) not null default 0,
    gross_profit            decimal(15, 2) not null default 0,
    remarks                 varchar(500),
    constraint uk_customer_monthly_sale unique (customer_id, sales_month, product),
    constraint fk_customer_monthly_sale_customer foreign key (customer_id) references customer (id)
);
create index ix_customer_monthly_sale_month on customer_monthly_sale (sales_month, customer_id);

-- Contracts and agreements (000 选择制度 第九、十条; 001 一篇 第8条).
create table customer_contract (
    id           bigint         not null auto_increment primary key,
    customer_id  bigint         not null,
    version      bigint         not null default 0,
    kind         varchar(30)    not null,
    contract_no  varchar(60)    not null,
    signed_on    date           not null,
    starts_on    date,
    ends_on      date,
    amount       decimal(15, 2),
    our_signer   varchar(100),
    their_signer varchar(100),
    remarks      varchar(1000),
    created_at   datetime(6)    not null,
    constraint fk_customer_contract_customer foreign key (customer_id) references customer (id)
);
create index ix_customer_contract_customer on customer_contract (customer_id, kind);

create table customer_contract_file (
    id           bigint       not null auto_increment primary key,
    contract_id  bigint       not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    storage_key  varchar(100) not null,
    uploaded_by  varchar(50)  not null,
    uploaded_at  datetime(6)  not null,
    constraint uk_customer_contract_file_key unique (storage_key),
    constraint fk_customer_contract_file_contract foreign key (contract_id) references customer_contract (id)
);

-- Customer codes (000 选择制度 第十一条): one counter row per sequence key, taken under a row lock, never reused.
create table customer_code_counter (
    sequence_key varchar(40) not null primary key,
    next_value   bigint      not null
);

-- Hibernate Envers: every change to an archive (000 信息办法 第四条: 重大变动均须记入档案).
create table customer_revision (
    id                bigint      not null auto_increment primary key,
    revision_time     bigint      not null,
    actor_employee_id bigint,
    actor_name        varchar(50) not null
);

create table customer_aud (
    id                   bigint        not null,
    rev                  bigint        not null,
    revtype              tinyint,
    code                 varchar(30),
    name                 varchar(200),
    short_name           varchar(100),
    credit_code          varchar(18),
    variant              varchar(30),
    nature               varchar(30),
    special_kind         varchar(30),
    business_type        varchar(30),
    market               varchar(20),
    region_id            bigint,
    industry             varchar(100),
    legal_representative varchar(100),
    address              varchar(300),
    postcode             varchar(20),
    phone                varchar(50),
    fax                  varchar(50),
    email                varchar(200),
    website              varchar(200),
    business_scope       varchar(1000),
    registered_capital   decimal(15, 2),
    founded_on           date,
    trade_since          date,
    organisation_form    varchar(60),
    assets               decimal(15, 2),
    employee_count       int,
    annual_sales         decimal(15, 2),
    confidentiality      varchar(20),
    status               varchar(30),
    end_kind             varchar(20),
    status_reason        varchar(1000),
    owner_employee_id    bigint,
    department_id        bigint,
    payment_status       varchar(20),
    collection_status    varchar(20),
    grade                varchar(10),
    rating               varchar(10),
    primary key (id, rev),
    constraint fk_customer_aud_revision foreign key (rev) references customer_revision (id)
);
