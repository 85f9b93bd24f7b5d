-- Department codes and employee numbers are unique regardless of case on every database: the services now store
-- them in upper case (MariaDB's utf8mb4_unicode_ci compared them case-insensitively, H2 did not). Existing values
-- are upper-cased here; should two of them differ only by case, this fails on the unique key and they must be
-- renamed first.
update department set code = upper(code) where code <> upper(code);
update employee set employee_no = upper(employee_no) where employee_no <> upper(employee_no);
