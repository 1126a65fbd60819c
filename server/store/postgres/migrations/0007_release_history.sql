-- The publication history of the aggregate release beside its document, so that a publication checks the history
-- it must extend without reading the whole (large) document back. Null until the next publication writes it; a
-- publication finding it null reads the history from the document once.
--
-- The document (many MB for a large municipality) is compressed with lz4 where the server has it: about three times
-- faster to write than the default pglz, for a slightly larger value.

alter table aggregate_release add column history json;

do $$
begin
  alter table aggregate_release alter column data set compression lz4;
exception when feature_not_supported or invalid_parameter_value then
  null;
end $$;
