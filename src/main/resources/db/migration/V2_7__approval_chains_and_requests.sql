-- Approvals (issue 13): the sign-off chain of each request type as data, and the requests with their steps per round.
create table approval_chain (
    id       bigint      not null auto_increment primary key,
    type_key varchar(60) not null,
    version  bigint      not null default 0,
    constraint uk_approval_chain_type unique (type_key)
);

create table approval_chain_step (
    id           bigint       not null auto_increment primary key,
    chain_id     bigint       not null,
    step_no      int          not null,
    approver_rule varchar(40)  not null,
    office_title varchar(100),
    constraint uk_approval_chain_step_position unique (chain_id, step_no),
    constraint fk_approval_chain_step_chain foreign key (chain_id) references approval_chain (id)
);

create table approval_request (
    id                    bigint       not null auto_increment primary key,
    type_key              varchar(60)  not null,
    object_type           varchar(60)  not null,
    object_id             bigint       not null,
    object_label          varchar(300) not null,
    object_route          varchar(300),
    owner_employee_id     bigint,
    requester_employee_id bigint       not null,
    requester_name        varchar(50)  not null,
    status                varchar(20)  not null,
    round_no              int          not null,
    current_step_no       int,
    submitted_at          datetime(6)  not null,
    updated_at            datetime(6)  not null,
    version               bigint       not null default 0
);
create index ix_approval_request_requester on approval_request (requester_employee_id, status);
create index ix_approval_request_object on approval_request (type_key, object_id);

create table approval_step (
    id                   bigint        not null auto_increment primary key,
    request_id           bigint        not null,
    round_no             int           not null,
    step_no              int           not null,
    approver_rule        varchar(40)   not null,
    office_title         varchar(100),
    approver_employee_id bigint        not null,
    approver_name        varchar(50)   not null,
    escalated            boolean       not null default false,
    state                varchar(20)   not null,
    decision_comment     varchar(1000),
    activated_at         datetime(6),
    decided_at           datetime(6),
    constraint uk_approval_step_position unique (request_id, round_no, step_no),
    constraint fk_approval_step_request foreign key (request_id) references approval_request (id)
);
create index ix_approval_step_approver on approval_step (approver_employee_id, state);

-- Default chains from the regulations (RULES.md; an administrator edits them in 审批流程):
-- 交易开始调查书 / 客户认定申请: 负责人 → 部门主管 (认可) → 总经理 (000 客户名册管理制度 第五条)
insert into approval_chain (type_key) values ('customer.tradeSurvey');
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 1, 'REQUESTER_MANAGER', null from approval_chain where type_key = 'customer.tradeSurvey';
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 2, 'REQUESTER_DEPARTMENT_HEAD', null from approval_chain where type_key = 'customer.tradeSurvey';
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 3, 'GENERAL_MANAGER', null from approval_chain where type_key = 'customer.tradeSurvey';
-- 查阅档案审批表: 部门经理 signs, 总经理 approves (004 第三章 三)
insert into approval_chain (type_key) values ('customer.archiveAccess');
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 1, 'REQUESTER_DEPARTMENT_HEAD', null from approval_chain where type_key = 'customer.archiveAccess';
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 2, 'GENERAL_MANAGER', null from approval_chain where type_key = 'customer.archiveAccess';
-- 客户信用度变更表: 业务部审批 (002 十一), here the owner's manager, then the 部门经理
insert into approval_chain (type_key) values ('customer.creditChange');
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 1, 'OBJECT_OWNER_MANAGER', null from approval_chain where type_key = 'customer.creditChange';
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 2, 'REQUESTER_DEPARTMENT_HEAD', null from approval_chain where type_key = 'customer.creditChange';
-- 客户开发申请表: work starts after consent, approver not given (000 开发细则 第十一条): 部门经理 → 营销总监
insert into approval_chain (type_key) values ('customer.developmentRequest');
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 1, 'REQUESTER_DEPARTMENT_HEAD', null from approval_chain where type_key = 'customer.developmentRequest';
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 2, 'OFFICE', '营销总监' from approval_chain where type_key = 'customer.developmentRequest';
-- Deregistration (注销): disposal needs the 大客户部经理's approval (000 客户名册管理制度 第九条): 部门经理 → 营销总监
insert into approval_chain (type_key) values ('customer.deregistration');
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 1, 'REQUESTER_DEPARTMENT_HEAD', null from approval_chain where type_key = 'customer.deregistration';
insert into approval_chain_step (chain_id, step_no, approver_rule, office_title)
    select id, 2, 'OFFICE', '营销总监' from approval_chain where type_key = 'customer.deregistration';
