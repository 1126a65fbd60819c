// CSV parsers and writer of the analysis layer (pure functions on strings).
export { CsvParseError } from "./errors.ts";
export { parseMatrixCsv, type MatrixCsv } from "./matrix.ts";
export { parseLongCsv, LONG_COLUMNS, type LongCsvGroup } from "./long.ts";
export { detectCsvFormat, parseCsv, type CsvFormat, type ParsedCsv } from "./detect.ts";
export { writeMatrixCsv, type WriteMatrixOptions } from "./write-matrix.ts";
export { detectSeparator, readRecords, parseScore, stripBom, type Separator, type CsvRecord } from "./read.ts";
