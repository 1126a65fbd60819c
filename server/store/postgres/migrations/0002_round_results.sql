-- Values derived from a round's data (e.g. its role-level analysis, which the cross-case aggregates fold), kept
-- beside the data and served only while that data is unchanged.
--
-- A round's input version is "<rounds.inputs_version>.<sum of its answers' versions>". Every write that changes
-- what the round's analysis reads takes a new number from input_versions: saving an answer set sets that row's
-- version; changing the round, its pair scores or its case's members sets the round's inputs_version. New numbers
-- are larger than the ones they replace, so a committed change always moves the sum, whatever order concurrent
-- writers commit in.

create sequence input_versions;

alter table rounds add column inputs_version bigint not null default nextval('input_versions');
alter table answers add column version bigint not null default nextval('input_versions');
create index answers_round_version on answers (round_id, version);

create table round_results (
  round_id   text not null references rounds (id) on delete cascade,
  key        text not null,             -- what was derived (and by which code), e.g. "aggregate:<code>:all:3.5"
  version    text not null,             -- the round's input version it was derived from
  value      json not null,
  created_at timestamptz not null default now(),
  primary key (round_id, key)
);
create index round_results_created_at on round_results (created_at);
