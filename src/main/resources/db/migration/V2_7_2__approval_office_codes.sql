-- OFFICE steps name an org.Office code instead of a free position title.
update approval_chain_step set office_title = 'MARKETING_DIRECTOR' where office_title = '营销总监';
update approval_step set office_title = 'MARKETING_DIRECTOR' where office_title = '营销总监';
