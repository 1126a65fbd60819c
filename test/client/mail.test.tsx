// @vitest-environment happy-dom
// Component tests of links and reminders by e-mail: the open options, the mail column and «Send påminnelse» with its limits.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Api } from "../../client/api/endpoints.ts";
import { RequestError } from "../../client/api/http.ts";
import { resetMailInfo } from "../../client/hooks/useMailInfo.ts";
import { OpenControls } from "../../client/views/round/OpenControls.tsx";
import { StatusPanel } from "../../client/views/round/StatusPanel.tsx";
import type { Member, MemberMail, RoundStatusView } from "../../domain/index.ts";
import { Providers } from "./fixtures.tsx";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetMailInfo();
});

const mailOn = (enabled = true) => vi.spyOn(Api, "mailInfo").mockResolvedValue({ enabled, reminders: { max: 3, minHours: 24 } });
const member = (id: string, role: string, email?: string): Member => ({ id, caseId: "c", role, label: "", ...(email && { email }) });
const TEAM = [member("m1", "PPT", "ppt@kommune.test"), member("m2", "SKLær", "larer@skole.test"), member("m3", "HEGE")];

describe("OpenControls", () => {
  it("offers to mail the links of the members with an address, in the chosen language", async () => {
    mailOn();
    const onOpen = vi.fn();
    render(
      <Providers>
        <OpenControls round={{ language: undefined }} members={TEAM} onOpen={onOpen} />
      </Providers>,
    );
    const box = await screen.findByLabelText("Send lenkene på e-post til de 2 som har adresse");
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText("Språk i e-posten"), { target: { value: "nn" } });
    fireEvent.click(screen.getByRole("button", { name: "Åpne runden og lag lenker" }));
    expect(onOpen).toHaveBeenLastCalledWith({ delivery: "email", lang: "nn" });
    fireEvent.click(box);
    fireEvent.click(screen.getByRole("button", { name: "Åpne runden og lag lenker" }));
    expect(onOpen).toHaveBeenLastCalledWith({});
  });

  it("shows no mail option when the server does not send mail", async () => {
    const info = mailOn(false);
    const onOpen = vi.fn();
    render(
      <Providers>
        <OpenControls round={{}} members={TEAM} onOpen={onOpen} />
      </Providers>,
    );
    await waitFor(() => expect(info).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByLabelText(/Send lenkene på e-post/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Åpne runden og lag lenker" }));
    expect(onOpen).toHaveBeenCalledWith({});
  });
});

describe("StatusPanel with mail", () => {
  const AT = "2026-03-12T13:05:00.000Z";
  const NEXT = "2026-03-13T13:05:00.000Z";
  const row = (memberId: string, role: string, mail: MemberMail) =>
    ({ memberId, role, label: "", form: "team" as const, state: "not_opened" as const, hasLink: true, updatedAt: null, mail });
  const report = (refusedAllowed: boolean): RoundStatusView => ({
    roundId: "r",
    status: "open",
    responseRate: 0,
    counts: { not_opened: 3, opened: 0, draft: 0, submitted: 0 },
    members: [
      row("m1", "PPT", { hasEmail: true, last: { kind: "link", status: "accepted", response: "250 2.0.0 Ok", at: AT }, reminders: 0, reminder: "too_soon", nextReminderAt: NEXT }),
      row("m2", "SKLær", {
        hasEmail: true,
        last: { kind: "link", status: "failed", response: "550 5.1.1 <adresse>: Recipient address rejected", at: AT },
        reminders: 0,
        reminder: refusedAllowed ? "allowed" : "too_soon",
        nextReminderAt: refusedAllowed ? null : NEXT,
      }),
      row("m3", "HEGE", { hasEmail: false, last: null, reminders: 0, reminder: "allowed", nextReminderAt: null }),
    ],
    child: null,
    mail: { enabled: true, withAddress: 2 },
  });

  it("shows per member what the mail server said, and why nobody can be reminded yet", async () => {
    mailOn();
    vi.spyOn(Api, "status").mockResolvedValue(report(false));
    render(
      <Providers>
        <StatusPanel round={{ id: "r" }} live />
      </Providers>,
    );
    const table = await screen.findByTestId("status");
    await waitFor(() => expect(within(table).getByRole("columnheader", { name: "E-post" })).toBeTruthy());
    expect(within(table).getByRole("row", { name: /PP-tjenesten/ }).textContent).toMatch(/Lenke sendt 12\. mars 2026.*tatt imot av e-posttjeneren/);
    expect(within(table).getByRole("row", { name: /Lærer/ }).textContent).toContain("Lenke feilet");
    expect(within(table).getByRole("row", { name: /Lærer/ }).textContent).toContain("550 5.1.1 <adresse>: Recipient address rejected");
    expect(within(table).getByRole("row", { name: /Helsesykepleier/ }).textContent).toContain("Ingen adresse");
    const button = await screen.findByRole("button", { name: "Send påminnelse" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId("reminders").textContent).toContain("Neste påminnelse kan sendes 13. mars 2026");
    expect(screen.getByTestId("reminders").textContent).toContain("Høyst 3 påminnelser per person, og ikke oftere enn hver 24. time.");
  });

  it("sends reminders and says what happened; a refusal of the server is said in the user's language", async () => {
    mailOn();
    vi.spyOn(Api, "status").mockResolvedValue(report(true));
    const send = vi.spyOn(Api, "sendReminders").mockResolvedValueOnce({
      accepted: 1,
      failed: 0,
      skipped: 1,
      results: [
        { memberId: "m2", role: "SKLær", label: "", form: "team", kind: "reminder", status: "accepted", response: "250 Ok" },
        { memberId: "m1", role: "PPT", label: "", form: "team", kind: "reminder", status: "skipped", response: null, reason: "too_soon", retryAt: NEXT },
      ],
    });
    const onReminders = vi.fn();
    render(
      <Providers>
        <StatusPanel round={{ id: "r" }} live onReminders={onReminders} />
      </Providers>,
    );
    const button = await screen.findByRole("button", { name: "Send påminnelse" });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId("reminders").textContent).toContain("1 sendt, 0 feilet, 1 må vente."));
    expect(send).toHaveBeenCalledWith("r");
    expect(onReminders).toHaveBeenCalledWith(expect.objectContaining({ accepted: 1 }));

    send.mockRejectedValueOnce(new RequestError(409, "reminder_limit", "Everyone who has not answered has had the last allowed reminder"));
    fireEvent.click(await screen.findByRole("button", { name: "Send påminnelse" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("Alle som ikke har svart, har fått 3 påminnelser."));
    expect(onReminders).toHaveBeenCalledTimes(1);
  });
});
