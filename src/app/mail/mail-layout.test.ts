import { describe, expect, it } from "vitest";
import { layoutMail } from "./mail-layout.ts";
import { mailLink } from "./mail-link.ts";

const content = {
  organisationName: "Northwind <Labs>",
  greeting: "Hello Ava,",
  paragraphs: ['Ben & "Cleo" asked for your feedback.', "It takes five minutes."],
  action: { label: "Give feedback", url: "https://pathways.example.com/feedback?a=1&b=2" },
  footer: "You can turn these mails off on your profile.",
};

describe("laying out a mail", () => {
  it("puts the link on its own line in the plain text", () => {
    const { textBody } = layoutMail(content);
    const lines = textBody.split("\n");
    expect(lines).toContain("https://pathways.example.com/feedback?a=1&b=2");
    expect(lines[0]).toBe("Hello Ava,");
    expect(textBody).toContain('Ben & "Cleo" asked for your feedback.');
    expect(textBody).toContain("Northwind <Labs> · Pathways");
    expect(textBody).toContain("You can turn these mails off on your profile.");
  });

  it("escapes every piece of text in the HTML, the link included", () => {
    const { htmlBody } = layoutMail(content);
    expect(htmlBody).toContain("Northwind &lt;Labs&gt;");
    expect(htmlBody).toContain("Ben &amp; &quot;Cleo&quot; asked for your feedback.");
    expect(htmlBody).toContain('href="https://pathways.example.com/feedback?a=1&amp;b=2"');
    expect(htmlBody).not.toContain("<Labs>");
    expect(htmlBody).not.toMatch(/<script/i);
  });

  it("leaves the footer out when there is none", () => {
    const { textBody, htmlBody } = layoutMail({ ...content, footer: undefined });
    expect(textBody).not.toContain("turn these mails off");
    expect(htmlBody).not.toContain("turn these mails off");
  });

  it("keeps markup in a name from becoming markup", () => {
    const { htmlBody } = layoutMail({
      ...content,
      greeting: "Hello <img src=x onerror=alert(1)>,",
    });
    expect(htmlBody).toContain("Hello &lt;img src=x onerror=alert(1)&gt;,");
    expect(htmlBody).not.toContain("<img");
  });
});

describe("finding the link of a laid-out mail", () => {
  it("answers the action's link, and null for a mail without one", () => {
    expect(mailLink(layoutMail(content).textBody)).toBe(content.action.url);
    expect(mailLink("Hello,\n\nNo link here, see https://x.example inline.\n")).toBeNull();
  });
});
