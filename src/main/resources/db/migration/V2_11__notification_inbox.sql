-- In-app notifications (issue 13): one row per recipient, language-neutral (message key + arguments), read or not.
create table notification (
    id                    bigint        not null auto_increment primary key,
    recipient_employee_id bigint        not null,
    message_key           varchar(120)  not null,
    message_args          varchar(2000),
    link                  varchar(300),
    created_at            datetime(6)   not null,
    read_at               datetime(6)
);
create index ix_notification_recipient on notification (recipient_employee_id, read_at, created_at);
