-- The publication history of the aggregate release beside its document, so that a publication checks the history
-- it must extend without reading the whole (large) document back. Null until the next publication writes it; a
-- publication finding it null reads the history from the document once.

alter table aggregate_release add column history json;
