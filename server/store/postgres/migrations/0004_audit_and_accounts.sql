-- The audit log (domain/audit.ts): one row per entry, kept whole as json beside the columns its filters use.
-- Entries are numbered and chained by hash (domain/audit-chain.ts); every instance appends under one
-- transaction-level advisory lock, so the chain stays one line whichever instance writes. Rows are never
-- changed: an update is refused by the trigger below; only whole months are deleted, oldest first (retention).

create table audit_log (
  seq       bigint primary key,
  at        timestamptz not null,
  month     text not null,               -- "YYYY-MM" (UTC) of `at`: the unit of retention
  action    text not null,
  actor_id  text,
  target_id text,
  case_id   text,
  hash      text not null,
  data      json not null
);
create index audit_log_month on audit_log (month, seq);
create index audit_log_case_id on audit_log (case_id, seq) where case_id is not null;
create index audit_log_actor_id on audit_log (actor_id, seq) where actor_id is not null;
create index audit_log_target_id on audit_log (target_id, seq) where target_id is not null;
create index audit_log_action on audit_log (action, seq);
create index audit_log_at on audit_log (at);

create function audit_log_no_update() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end
$$;
create trigger audit_log_append_only before update on audit_log for each row execute function audit_log_no_update();
