-- Appraisals (issue 14, 000 大客户经理岗位描述范本): templates as versioned data, cycles with their participants,
-- one form per participant with its answers, the related departments' opinions, signatures with content hashes and
-- the history of every move.

-- A template version: the definition (sections, items, bands, KPIs, composite, level thresholds) as JSON. A new
-- version is a new row; forms keep the row they were created with.
create table appraisal_template (
    id               bigint       not null auto_increment primary key,
    code             varchar(60)  not null,
    template_version int          not null,
    name_zh          varchar(200) not null,
    name_en          varchar(200) not null,
    period_kind      varchar(20)  not null,
    definition       mediumtext   not null,
    standard         boolean      not null default false,
    retired          boolean      not null default false,
    created_by_name  varchar(50),
    created_at       datetime(6)  not null,
    version          bigint       not null default 0,
    constraint uk_appraisal_template_version unique (code, template_version)
);

-- A cycle: period, template version, the department whose head runs it, due dates per step, the optional
-- distribution rule, and the previous cycle whose results are 上季结果.
create table appraisal_cycle (
    id                    bigint       not null auto_increment primary key,
    name                  varchar(200) not null,
    period_kind           varchar(20)  not null,
    period_start          date         not null,
    period_end            date         not null,
    template_id           bigint       not null,
    department_id         bigint       not null,
    previous_cycle_id     bigint,
    status                varchar(20)  not null,
    self_due              date,
    score_due             date,
    opinion_due           date,
    sign_due              date,
    approve_due           date,
    max_excellent_percent decimal(5, 2),
    created_by_id         bigint       not null,
    created_at            datetime(6)  not null,
    opened_at             datetime(6),
    version               bigint       not null default 0,
    constraint fk_appraisal_cycle_template foreign key (template_id) references appraisal_template (id),
    constraint fk_appraisal_cycle_previous foreign key (previous_cycle_id) references appraisal_cycle (id)
);
create index ix_appraisal_cycle_department on appraisal_cycle (department_id, period_start);

-- Who takes part in a cycle before it opens, with the reviewer (the participant's manager unless changed).
create table appraisal_participant (
    id          bigint not null auto_increment primary key,
    cycle_id    bigint not null,
    employee_id bigint not null,
    reviewer_id bigint not null,
    constraint uk_appraisal_participant unique (cycle_id, employee_id),
    constraint fk_appraisal_participant_cycle foreign key (cycle_id) references appraisal_cycle (id)
);

-- One form per participant: who, the template version, where it stands, the answers as JSON and the scores kept
-- in columns for the calibration view, the statement and ranking.
create table appraisal_form (
    id               bigint        not null auto_increment primary key,
    cycle_id         bigint        not null,
    template_id      bigint        not null,
    employee_id      bigint        not null,
    employee_name    varchar(50)   not null,
    employee_no      varchar(30)   not null,
    department_id    bigint        not null,
    department_name  varchar(100)  not null,
    position_title   varchar(100),
    reviewer_id      bigint        not null,
    reviewer_name    varchar(50)   not null,
    approver_id      bigint,
    approver_name    varchar(50),
    status           varchar(20)   not null,
    answers          mediumtext    not null,
    section_scores   varchar(2000),
    total            decimal(7, 2),
    result_level     varchar(20),
    grade_change     int,
    suggested_grade  int,
    previous_total   decimal(7, 2),
    previous_level   varchar(20),
    last_reason      varchar(1000),
    reminded_at      datetime(6),
    updated_at       datetime(6)   not null,
    version          bigint        not null default 0,
    constraint uk_appraisal_form_participant unique (cycle_id, employee_id),
    constraint fk_appraisal_form_cycle foreign key (cycle_id) references appraisal_cycle (id),
    constraint fk_appraisal_form_template foreign key (template_id) references appraisal_template (id)
);
create index ix_appraisal_form_reviewer on appraisal_form (reviewer_id, status);
create index ix_appraisal_form_approver on appraisal_form (approver_id, status);
create index ix_appraisal_form_employee on appraisal_form (employee_id, cycle_id);
create index ix_appraisal_form_cycle_department on appraisal_form (cycle_id, department_id, total);

-- 相关部门意见: one row per department the template asks, signed by that department's head or delegate.
create table appraisal_opinion (
    id              bigint        not null auto_increment primary key,
    form_id         bigint        not null,
    item_code       varchar(60)   not null,
    item_index      int           not null,
    label_zh        varchar(100)  not null,
    label_en        varchar(100)  not null,
    department_id   bigint,
    delegate_id     bigint,
    opinion_comment varchar(2000),
    score           decimal(7, 2),
    signed_by_id    bigint,
    signed_by_name  varchar(50),
    signed_at       datetime(6),
    version         bigint        not null default 0,
    constraint uk_appraisal_opinion_position unique (form_id, item_code, item_index),
    constraint fk_appraisal_opinion_form foreign key (form_id) references appraisal_form (id)
);
create index ix_appraisal_opinion_department on appraisal_opinion (department_id, signed_at);

-- 签字 and 审批: who, when, the SHA-256 of the form's canonical content and that content. Rows are never deleted;
-- a return or reopening marks them superseded, so a reopened form keeps its signed versions.
create table appraisal_signature (
    id           bigint      not null auto_increment primary key,
    form_id      bigint      not null,
    kind         varchar(20) not null,
    signer_id    bigint      not null,
    signer_name  varchar(50) not null,
    signed_at    datetime(6) not null,
    content_hash char(64)    not null,
    content      mediumtext  not null,
    superseded   boolean     not null default false,
    constraint fk_appraisal_signature_form foreign key (form_id) references appraisal_form (id)
);
create index ix_appraisal_signature_form on appraisal_signature (form_id, signed_at);

-- Every move of a form, shown on the form (the audit log records them too).
create table appraisal_form_event (
    id          bigint        not null auto_increment primary key,
    form_id     bigint        not null,
    action      varchar(30)   not null,
    from_status varchar(20)   not null,
    to_status   varchar(20)   not null,
    actor_id    bigint        not null,
    actor_name  varchar(50)   not null,
    occurred_at datetime(6)   not null,
    reason      varchar(1000),
    constraint fk_appraisal_form_event_form foreign key (form_id) references appraisal_form (id)
);
create index ix_appraisal_form_event_form on appraisal_form_event (form_id, occurred_at);
