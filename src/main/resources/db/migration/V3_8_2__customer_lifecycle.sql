-- Customer lifecycle (000 大客户开发选择制度 第六–十二条, 000 客户名册管理制度 第五、九条).

-- 一般调查 (第六条), 实地调查 (第七条) and the 交易开始调查书 / 客户认定申请 (第八条; 名册制度 第五条): one per archive.
create table customer_survey (
    customer_id             bigint        not null primary key,
    version                 bigint        not null default 0,
    history                 text,
    profile                 text,
    annual_accounts         text,
    product_catalogue       text,
    operations_notes        text,
    policy_notes            text,
    view_of_us              text,
    field_survey_on         date,
    field_survey_notes      text,
    field_survey_result     text,
    trade_reasons           text,
    trade_policy            text,
    trade_products          text,
    trade_amount            decimal(15, 2),
    survey_results          text,
    trade_request_id        bigint,
    updated_at              datetime(6)   not null,
    updated_by              varchar(50)   not null,
    constraint fk_customer_survey_customer foreign key (customer_id) references customer (id)
);

-- The departments that joined the field survey (第七条: 会同技术、设计、品质等部门).
create table customer_survey_department (
    customer_id bigint      not null,
    department  varchar(30) not null,
    primary key (customer_id, department),
    constraint fk_customer_survey_department foreign key (customer_id) references customer_survey (customer_id)
);

-- 完全不可能恢复的客户资料, 经大客户部经理批准后另行处理 (名册制度 第九条).
insert into approval_chain (type_key) values ('customer.materialDisposal');
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 1, 'OFFICE', 'KA_DEPARTMENT_MANAGER' from approval_chain where type_key = 'customer.materialDisposal';
