import { AppHeader } from "./components/app-header.tsx";
import { useViewer } from "./hooks/use-viewer.ts";
import { RouterView } from "./router/router-view.tsx";

/**
 * The app shell: header and navigation around the current page. The page loads from the start
 * but shows once the header knows its navigation, so the header never pushes it down.
 */
export function App() {
  const viewer = useViewer();
  return (
    <>
      <AppHeader viewer={viewer} />
      <RouterView hidden={!viewer.settled} />
      <footer className="app-footer" hidden={!viewer.settled}>
        <p>Pathways · a career is built with intention, feedback and iteration, not on a clock.</p>
      </footer>
    </>
  );
}
