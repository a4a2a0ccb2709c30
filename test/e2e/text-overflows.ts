import type { Page } from "playwright-core";

/**
 * Text that does not fit its box at the current width: every element holding text of its own
 * whose content is wider than the box, outside areas that scroll on purpose (wide tables), one
 * line each naming the element and the start of its text.
 *
 * @example
 * expect(await textOverflows(page)).toEqual([]);
 */
export async function textOverflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const ownText = Array.from(element.childNodes).some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== "",
      );
      if (!ownText) continue;
      const style = getComputedStyle(element);
      if (style.display === "inline" || style.display === "none") continue;
      if (element.closest(".table-scroll, .visually-hidden, .skip-link, svg, select, option"))
        continue;
      if (["auto", "scroll"].includes(style.overflowX)) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        const text = (element.textContent ?? "").trim().slice(0, 40);
        found.push(
          `<${element.tagName.toLowerCase()}> "${text}" is ${element.scrollWidth - element.clientWidth}px too wide`,
        );
      }
    }
    return found;
  });
}
