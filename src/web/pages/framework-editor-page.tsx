import { AdminOnly } from "../components/admin-only.tsx";
import { FrameworkEditorHome } from "../framework-editor/framework-editor-home.tsx";

/** The framework editor (admins): change a draft of the framework, review it and publish it. */
export default function FrameworkEditorPage() {
  return (
    <AdminOnly>
      <h1>Framework editor</h1>
      <FrameworkEditorHome />
    </AdminOnly>
  );
}
