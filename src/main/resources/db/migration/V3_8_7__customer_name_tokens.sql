-- 客户一览表 search by a Chinese name fragment (issue 13: the directory stays fast at 100,000 archives): each name's
-- tokens, the pairs of adjacent CJK Unified Ideographs U+4E00–U+9FFF (CustomerNames.nameTokens), kept with the name by
-- the Customer entity. A fragment with tokens is looked up here and confirmed by LIKE instead of reading every name.
create table customer_name_token (
    token       char(2) not null,
    customer_id bigint  not null,
    primary key (token, customer_id),
    constraint fk_customer_name_token_customer foreign key (customer_id) references customer (id)
);
create index ix_customer_name_token_customer on customer_name_token (customer_id);

-- The names already stored (names have at most 200 characters): positions 1–199 from a table of digits, and every
-- position whose character and the next are ideographs of the block. Both tables are dropped again.
create table customer_name_token_digit (digit int not null primary key);
insert into customer_name_token_digit (digit) values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
create table customer_name_token_position (position int not null primary key);
insert into customer_name_token_position (position)
select units.digit + 10 * tens.digit + 100 * hundreds.digit + 1
from customer_name_token_digit units
cross join customer_name_token_digit tens
cross join customer_name_token_digit hundreds
where hundreds.digit < 2 and units.digit + 10 * tens.digit + 100 * hundreds.digit + 1 < 200;

insert into customer_name_token (token, customer_id)
select distinct substring(c.name, p.position, 2), c.id
from customer c
join customer_name_token_position p on p.position < char_length(c.name)
where substring(c.name, p.position, 1) between '一' and '鿿'
  and substring(c.name, p.position + 1, 1) between '一' and '鿿';

drop table customer_name_token_position;
drop table customer_name_token_digit;
