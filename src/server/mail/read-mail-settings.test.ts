import { describe, expect, it } from "vitest";
import { readMailSettings } from "./read-mail-settings.ts";

describe("reading the mail settings", () => {
  it("keeps mails when no SMTP server is configured", () => {
    expect(readMailSettings({})).toEqual({ ok: true, settings: { kind: "keep" } });
    expect(readMailSettings({ smtpUrl: " " })).toEqual({ ok: true, settings: { kind: "keep" } });
  });

  it("reads the SMTP URL, the From address and the password to keep out of errors", () => {
    expect(
      readMailSettings({
        smtpUrl: "smtp://u:p%40ss@mail.example.com:587",
        from: "pathways@example.com",
      }),
    ).toEqual({
      ok: true,
      settings: {
        kind: "smtp",
        url: "smtp://u:p%40ss@mail.example.com:587",
        from: "pathways@example.com",
        password: "p@ss",
      },
    });
  });

  it("refuses a wrong scheme, a missing sender, and never repeats the URL back", () => {
    const wrong = readMailSettings({ smtpUrl: "http://u:secret@x", from: "a@b.c" });
    expect(wrong).toMatchObject({ ok: false, message: expect.stringMatching(/smtp:\/\//) });
    const noFrom = readMailSettings({ smtpUrl: "smtp://u:secret@x:25" });
    expect(noFrom).toMatchObject({
      ok: false,
      message: expect.stringMatching(/PATHWAYS_MAIL_FROM/),
    });
    const broken = readMailSettings({ smtpUrl: "not a url secret" });
    expect(broken.ok).toBe(false);
    for (const reading of [wrong, noFrom, broken]) {
      expect(JSON.stringify(reading)).not.toContain("secret");
    }
  });
});
