import { useEffect, useId, useRef, useState } from "react";
import { useSessionActions } from "../hooks/use-session-actions.ts";
import type { Viewer } from "../hooks/use-viewer.ts";
import { Link } from "../router/link.tsx";
import { navigate, useLocation } from "../router/navigation.ts";
import { navGroups } from "./nav-groups.ts";
import "./app-header.css";

/**
 * The banner: the app's name, the navigation that fits the viewer (grouped Me / My team /
 * Organisation, public pages for visitors) and who is signed in. On narrow screens a menu
 * button opens and closes the navigation; Escape closes it and gives focus back to the button.
 * Until the viewer is settled it shows only the name, so nothing in it moves as answers arrive.
 */
export function AppHeader({ viewer }: { viewer: Viewer }) {
  const { me, personId, openRequests: open, settled } = viewer;
  const { logout } = useSessionActions();
  const groups = navGroups({
    signedIn: Boolean(me),
    isPerson: personId !== null,
    hasReports: viewer.hasReports,
    isAdmin: me?.user.role === "admin" || me?.user.role === "owner",
  });
  const [menuOpen, setMenuOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const navId = useId();
  const { pathname } = useLocation();

  // Following a link closes the menu: the new page has the screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger.
  useEffect(() => setMenuOpen(false), [pathname]);

  function openMenu(next: boolean) {
    setMenuOpen(next);
    // Opening puts focus on the first entry so keyboard users land in the menu they asked for.
    if (next) requestAnimationFrame(() => nav.current?.querySelector("a")?.focus());
  }

  useEffect(() => {
    if (!menuOpen) return;
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setMenuOpen(false);
      toggle.current?.focus();
    }
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, [menuOpen]);

  const skipLink = (
    <a className="skip-link" href="#main">
      Skip to content
    </a>
  );
  const brand = (
    <Link to="/" className="brand">
      Pathways
    </Link>
  );
  if (!settled) {
    return (
      <header className="app-header">
        {skipLink}
        {brand}
      </header>
    );
  }
  return (
    <header className="app-header">
      {skipLink}
      {brand}
      <button
        ref={toggle}
        type="button"
        className="button button-quiet nav-toggle"
        aria-expanded={menuOpen}
        aria-controls={navId}
        onClick={() => openMenu(!menuOpen)}
      >
        Menu
      </button>
      <nav ref={nav} id={navId} aria-label="Main" className="main-nav" data-open={menuOpen}>
        {groups.map((group) => (
          <div key={group.id} className="nav-group">
            <span className="nav-group-label" id={`${navId}-${group.id}`}>
              {group.label}
            </span>
            <ul aria-labelledby={`${navId}-${group.id}`}>
              {group.items.map((item) => (
                <li key={item.to}>
                  <Link to={item.to}>
                    {item.label}
                    {item.to === "/feedback" && open > 0 ? (
                      <span className="nav-count">
                        {open}
                        <span className="visually-hidden"> open</span>
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="account">
        {me ? (
          <>
            <span className="account-email">{me.user.email}</span>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => logout.mutate(undefined, { onSuccess: () => navigate("/start") })}
            >
              Sign out
            </button>
          </>
        ) : (
          <Link to="/start" className="button button-quiet">
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}
