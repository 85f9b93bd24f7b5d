-- The two customer information sheets (002 八 法人客户信息资料表, 002 九 自然人客户信息资料表), one of each per archive at
-- most. 支付状况 and 回收状况 are not here: they live on customer (payment_status, collection_status), where grades read them.

create table customer_legal_sheet (
    id                    bigint        not null auto_increment primary key,
    customer_id           bigint        not null,
    version               bigint        not null default 0,
    rep_birth_date        date,
    rep_personality       varchar(200),
    rep_interests         varchar(200),
    rep_education         varchar(100),
    rep_abilities         varchar(200),
    rep_family            varchar(300),
    enterprise_scale      varchar(200),
    output_volume         varchar(200),
    premises_layout       varchar(300),
    nearby_competitors    varchar(500),
    sales_handler         varchar(100),
    trade_started_on      date,
    main_customers        varchar(500),
    sales_regions         varchar(300),
    product_types         varchar(300),
    monthly_capability    varchar(300),
    bank_name             varchar(100),
    bank_account          varchar(50),
    bank_credit           varchar(200),
    business_organisation varchar(200),
    bookkeeping           varchar(200),
    peer_reputation       varchar(300),
    capital               decimal(15, 2),
    payment_date          varchar(100),
    closing_practice      varchar(300),
    settlement_days       int,
    payment_days          int,
    terms_cash_pct        int,
    terms_cheque_pct      int,
    terms_draft_pct       int,
    collect_cash_pct      int,
    collect_cheque_pct    int,
    collect_draft_pct     int,
    collect_other_pct     int,
    updated_at            datetime(6)   not null,
    updated_by            varchar(50)   not null,
    constraint uk_customer_legal_sheet_customer unique (customer_id),
    constraint fk_customer_legal_sheet_customer foreign key (customer_id) references customer (id)
);

-- The managers' profile (经营管理者: 出生日期, 性格, 兴趣, 学历, 能力, family).
create table customer_legal_sheet_manager (
    sheet_id     bigint       not null,
    sort_index   int          not null,
    name         varchar(100) not null,
    title        varchar(100),
    birth_date   date,
    personality  varchar(200),
    interests    varchar(200),
    education    varchar(100),
    abilities    varchar(200),
    family       varchar(300),
    primary key (sheet_id, sort_index),
    constraint fk_customer_legal_sheet_manager foreign key (sheet_id) references customer_legal_sheet (id)
);

-- 营业方面: 品名 with 类型 and 价格.
create table customer_legal_sheet_product (
    sheet_id     bigint         not null,
    sort_index   int            not null,
    name         varchar(100)   not null,
    product_type varchar(100),
    price        decimal(15, 2),
    primary key (sheet_id, sort_index),
    constraint fk_customer_legal_sheet_product foreign key (sheet_id) references customer_legal_sheet (id)
);

create table customer_person_sheet (
    id               bigint        not null auto_increment primary key,
    customer_id      bigint        not null,
    version          bigint        not null default 0,
    business_no      varchar(50),
    sheet_no         varchar(50),
    contact_person   varchar(100),
    visited_on       date,
    visit_reason     varchar(500),
    visitor          varchar(100),
    customer_opinion varchar(1000),
    desired_service  varchar(1000),
    asset_care       varchar(500),
    hobbies          varchar(500),
    employer_policy  varchar(500),
    updated_at       datetime(6)   not null,
    updated_by       varchar(50)   not null,
    constraint uk_customer_person_sheet_customer unique (customer_id),
    constraint fk_customer_person_sheet_customer foreign key (customer_id) references customer (id)
);

-- The configurable asset part: 车型 / 车号 on the source's car-repair form, any asset type elsewhere; 首次送修.
create table customer_person_asset (
    sheet_id         bigint       not null,
    sort_index       int          not null,
    asset_type       varchar(100) not null,
    identifier       varchar(100),
    description      varchar(500),
    first_service_on date,
    first_item       varchar(300),
    brought_by       varchar(100),
    primary key (sheet_id, sort_index),
    constraint fk_customer_person_asset foreign key (sheet_id) references customer_person_sheet (id)
);

-- 维修记录: 送修日期, 维修项目, 下一次保养期, 送修人.
create table customer_person_service (
    sheet_id        bigint       not null,
    sort_index      int          not null,
    served_on       date         not null,
    item            varchar(300) not null,
    next_service_on date,
    brought_by      varchar(100),
    primary key (sheet_id, sort_index),
    constraint fk_customer_person_service foreign key (sheet_id) references customer_person_sheet (id)
);
