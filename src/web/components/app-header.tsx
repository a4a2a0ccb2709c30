import { useFeedbackInbox } from "../hooks/use-feedback-inbox.ts";
import { useMe } from "../hooks/use-me.ts";
import { useSessionActions } from "../hooks/use-session-actions.ts";
import { Link } from "../router/link.tsx";
import { navigate } from "../router/navigation.ts";
import "./app-header.css";

/** The pages listed in the main navigation, in order. */
const navItems = [
  { to: "/", label: "Career map" },
  { to: "/compare", label: "Compare roles" },
  { to: "/placement", label: "Where to start" },
  { to: "/assess", label: "Assess" },
  { to: "/profile", label: "My profile" },
  { to: "/paths", label: "Paths" },
  { to: "/plan", label: "Growth plan" },
  { to: "/evidence", label: "Evidence" },
  { to: "/feedback", label: "Feedback" },
  { to: "/team", label: "Team" },
  { to: "/organisation", label: "Organisation" },
  { to: "/people", label: "People", admins: true },
  { to: "/admin/cycles", label: "Cycles", admins: true },
  { to: "/admin/outbox", label: "Outbox", admins: true },
  { to: "/admin/audit", label: "Audit log", admins: true },
];

/** The banner: the app's name, the main navigation and who is signed in. */
export function AppHeader() {
  const { data: me } = useMe();
  const { logout } = useSessionActions();
  const inbox = useFeedbackInbox(me?.user.personId ?? null);
  const open = inbox.data?.items.length ?? 0;
  const isAdmin = me?.user.role === "admin" || me?.user.role === "owner";
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link to="/" className="brand">
        Pathways
      </Link>
      <nav aria-label="Main">
        <ul>
          {navItems
            .filter((item) => !("admins" in item) || isAdmin)
            .map((item) => (
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
