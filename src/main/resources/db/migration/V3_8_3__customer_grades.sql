-- Customer grades (issue 13): the A1–D scheme of 001 一篇 第3条 and the AAA–B 客户等级分类表 of 002 三, computed from the
-- last twelve full months of 客户销售信息月报表 lines (002 六) and the payment record (002 八 支付状况 / 回收状况).
-- Thresholds are data an administrator edits; the seeded rows are the documented defaults (design-decisions.md,
-- "Customer grades"): the source's bands plus the defaults that close its gaps.

-- One row per scheme: its version guards the rule list against concurrent edits.
create table customer_grade_scheme (
    scheme     varchar(10) not null primary key,
    version    bigint      not null default 0,
    updated_at datetime(6),
    updated_by varchar(50)
);

-- The rules of a scheme, evaluated in rule_no order; the first rule whose every condition holds gives the grade.
-- Amounts in CNY over twelve months: min inclusive, max exclusive; margin in percent of the sales amount: min
-- inclusive, max exclusive; payment_ratings: the accepted payment records (comma-separated), null = any.
create table customer_grade_threshold (
    id              bigint         not null auto_increment primary key,
    scheme          varchar(10)    not null,
    rule_no         int            not null,
    grade           varchar(10)    not null,
    min_amount      decimal(15, 2),
    max_amount      decimal(15, 2),
    min_margin      decimal(7, 2),
    max_margin      decimal(7, 2),
    payment_ratings varchar(60),
    constraint uk_customer_grade_threshold unique (scheme, rule_no),
    constraint fk_customer_grade_threshold_scheme foreign key (scheme) references customer_grade_scheme (scheme)
);

insert into customer_grade_scheme (scheme, version) values ('GRADE', 0), ('RATING', 0);

insert into customer_grade_threshold (scheme, rule_no, grade, min_amount, max_amount, min_margin, max_margin,
                                      payment_ratings) values
    ('GRADE', 1, 'C',   200000.00, null,      null,  5.00, null),
    ('GRADE', 2, 'A1',  500000.00, null,      null,  null, 'GOOD'),
    ('GRADE', 3, 'A2',  200000.00, 300000.00, null,  null, 'GOOD,FAIR'),
    ('GRADE', 4, 'A2',  300000.00, null,      null,  null, 'GOOD,FAIR'),
    ('GRADE', 5, 'B1',  50000.00,  100000.00, null,  null, null),
    ('GRADE', 6, 'B1',  100000.00, null,      null,  null, null),
    ('GRADE', 7, 'D',   null,      50000.00,  20.00, null, null),
    ('GRADE', 8, 'B2',  20000.00,  null,      null,  null, null),
    ('GRADE', 9, 'C',   null,      null,      null,  null, null),
    ('RATING', 1, 'AAA', 1000000.00, null, null, null, 'GOOD'),
    ('RATING', 2, 'AA',  300000.00,  null, null, null, null),
    ('RATING', 3, 'A',   50000.00,   null, null, null, null),
    ('RATING', 4, 'B',   null,       null, null, null, null);

-- Per customer and scheme: the computed grade, a supervisor's override (both kept, with who and when); the
-- effective grade (override, else computed) is copied to customer.grade / customer.rating for the directory.
create table customer_grade_state (
    customer_id          bigint       not null,
    scheme               varchar(10)  not null,
    computed             varchar(10),
    override_grade       varchar(10),
    override_reason      varchar(500),
    override_employee_id bigint,
    override_by          varchar(50),
    override_at          datetime(6),
    changed_at           datetime(6)  not null,
    primary key (customer_id, scheme),
    constraint fk_customer_grade_state_customer foreign key (customer_id) references customer (id)
);

-- One row per change of a customer's computed or effective grade, or of its override.
create table customer_grade_history (
    id                bigint       not null auto_increment primary key,
    customer_id       bigint       not null,
    scheme            varchar(10)  not null,
    computed          varchar(10),
    effective         varchar(10),
    overridden        boolean      not null,
    reason            varchar(500),
    actor_employee_id bigint,
    actor_name        varchar(50)  not null,
    changed_at        datetime(6)  not null,
    constraint fk_customer_grade_history_customer foreign key (customer_id) references customer (id)
);
create index ix_customer_grade_history_customer on customer_grade_history (customer_id, changed_at);
