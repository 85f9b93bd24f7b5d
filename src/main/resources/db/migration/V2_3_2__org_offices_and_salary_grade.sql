-- Offices the regulations name (org.Office), assigned to employees by an administrator; leavers keep theirs.
create table employee_office (
    employee_id bigint      not null,
    office      varchar(40) not null,
    primary key (employee_id, office),
    constraint fk_employee_office_employee foreign key (employee_id) references employee (id)
);
create index ix_employee_office_office on employee_office (office);

-- 工资等级 (salary grade), personnel data; null = not set.
alter table employee add column salary_grade int;
