-- The published aggregate release (analysis/aggregate/release.ts): one row, replaced whole by each publication.
-- `version` grows with every publication, so an instance re-reads the (large) document only when it changed.

create table aggregate_release (
  id      int primary key default 1 check (id = 1),
  version bigint not null,
  data    json not null
);
