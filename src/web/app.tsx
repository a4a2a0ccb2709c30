import { AppHeader } from "./components/app-header.tsx";
import { RouterView } from "./router/router-view.tsx";

/** The app shell: header and navigation around the current page. */
export function App() {
  return (
    <>
      <AppHeader />
      <RouterView />
      <footer className="app-footer">
        <p>Pathways · a career is built with intention, feedback and iteration, not on a clock.</p>
      </footer>
    </>
  );
}
