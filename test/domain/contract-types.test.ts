// The contract's schemas describe exactly the types the analysis layer computes (checked by the type checker; drift fails `npm run typecheck`).
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { AggregateCell as CellType, ChangeCell as ChangeCellType } from "../../analysis/aggregate/types.ts";
import type { AnalysisResult as AnalysisResultType } from "../../analysis/types.ts";
import type { FamilyBand as FamilyBandType } from "../../analysis/voices/types.ts";
import type { AnalysisResult, FamilyBand } from "../../domain/index.ts";
import type { AggregateCell, ChangeCell } from "../../server/services/aggregates/schemas.ts";

describe("contract schemas and analysis types", () => {
  it("AnalysisResult", () => {
    expectTypeOf<z.infer<typeof AnalysisResult>>().toEqualTypeOf<AnalysisResultType>();
  });
  it("FamilyBand", () => {
    expectTypeOf<z.infer<typeof FamilyBand>>().toEqualTypeOf<FamilyBandType>();
  });
  it("aggregate cells", () => {
    expectTypeOf<z.infer<typeof AggregateCell>>().toEqualTypeOf<CellType>();
    expectTypeOf<z.infer<typeof ChangeCell>>().toEqualTypeOf<ChangeCellType>();
  });
});
