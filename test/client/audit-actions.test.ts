// The audit log's action labels: every action the server can write has a plain-language label in nb, nn and en.
import { describe, expect, it } from "vitest";
import { AuditAction } from "../../domain/audit.ts";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "../../client/i18n/audit-actions.ts";
import { LANGS } from "../../client/i18n/index.ts";

describe("audit action labels", () => {
  for (const { id: lang } of LANGS) {
    it(`labels every action the server can write, in ${lang}`, () => {
      for (const action of AuditAction.options) {
        const label = auditActionLabel(lang, action);
        expect(label, `${lang} ${action}`).not.toBe(action);
        expect(label.trim().length, `${lang} ${action}`).toBeGreaterThan(2);
      }
    });
    it(`gives each action its own label in ${lang}, so the filter's choices can be told apart`, () => {
      const labels = AuditAction.options.map((a) => auditActionLabel(lang, a));
      expect(new Set(labels).size).toBe(labels.length);
    });
    it(`labels only actions the server knows, in ${lang}`, () => {
      expect(Object.keys(AUDIT_ACTION_LABELS[lang]).sort()).toEqual([...AuditAction.options].sort());
    });
  }

  it("reads an unknown code as the code itself", () => {
    expect(auditActionLabel("nb", "case.teleport")).toBe("case.teleport");
    expect(auditActionLabel("en", "toString")).toBe("toString");
  });

  it("speaks each language", () => {
    expect(auditActionLabel("nb", "auth.login")).toBe("Logget inn");
    expect(auditActionLabel("nn", "auth.login")).toBe("Logga inn");
    expect(auditActionLabel("en", "case.delete")).toBe("Deleted case");
  });
});
