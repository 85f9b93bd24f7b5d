-- Audit v2 (H2 in MySQL mode and MariaDB/MySQL alike).
-- "Who touched customer 123": filtered by object, newest first, without scanning the log.
create index ix_audit_event_entity on audit_event (entity_type, entity_id, occurred_at);

-- The detail is stored language-neutral and rendered in the viewer's language: a message key, its arguments as a
-- JSON array of strings and the changed fields of an update as a JSON array of {field, from, to}. Rows written
-- before keep their plain text in the old column "detail".
alter table audit_event add column detail_key varchar(100);
alter table audit_event add column detail_args varchar(2000);
alter table audit_event add column detail_changes varchar(8000);
