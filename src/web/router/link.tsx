import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { navigate, useLocation } from "./navigation.ts";

/** Props of {@link Link}: an anchor whose `to` is a path inside the app. */
export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  to: string;
}

/**
 * An in-app link: a real anchor (so it opens in a new tab, copies and reads like one) that
 * navigates without reloading on a plain click, and marks itself as the current page.
 */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const { pathname } = useLocation();
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || modified || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  }
  const current = to.split("?")[0] === pathname ? "page" : undefined;
  return <a href={to} aria-current={current} onClick={follow} {...rest} />;
}
