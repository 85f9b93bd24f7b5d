-- Login attempts under way: reserved before the password compare, so parallel guesses count against the lock-out limit.
alter table user_account add column pending_logins int not null default 0;
