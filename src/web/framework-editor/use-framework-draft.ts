import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { answer, api } from "../api/api-client.ts";
import { ApiError } from "../api/api-error.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { DraftIssue, Framework, FrameworkDraft } from "../api/types.ts";

/** Where the editor's copy stands against the server's. */
export type SaveState = "saved" | "editing" | "saving" | "conflict" | "failed";

/** How long typing pauses before the draft saves itself. */
const autosaveDelayMs = 700;

/**
 * The editor's working copy of a draft: edits apply at once and save themselves after a pause,
 * one save at a time, each sent with the revision it edits, so a save someone else made in
 * between is reported (state `conflict`) instead of overwritten.
 *
 * @example
 * const draft = useFrameworkDraft(loaded);
 * draft.edit({ ...draft.document, name: "Product ladder" });
 */
export function useFrameworkDraft(loaded: FrameworkDraft) {
  const client = useQueryClient();
  const [document, setDocument] = useState<Framework>(loaded.document);
  const [issues, setIssues] = useState<DraftIssue[]>(loaded.issues);
  const [sound, setSound] = useState(loaded.sound);
  const [state, setState] = useState<SaveState>("saved");
  const [problem, setProblem] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState(loaded.savedAt);
  const latest = useRef(document);
  const revision = useRef(loaded.revision);
  const saving = useRef(false);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = useCallback(async () => {
    if (saving.current || !dirty.current) return;
    saving.current = true;
    dirty.current = false;
    setState("saving");
    try {
      const saved = await answer(
        api.PUT("/api/v1/framework-drafts/{id}", {
          params: { path: { id: loaded.id } },
          body: {
            revision: revision.current,
            document: latest.current as unknown as Record<string, unknown>,
          },
        }),
      );
      revision.current = saved.revision;
      setIssues(saved.issues);
      setSound(saved.sound);
      setSavedAt(saved.savedAt);
      setState(dirty.current ? "editing" : "saved");
      // Diffs and previews of this draft read what was just saved.
      void client.invalidateQueries({ queryKey: ["frameworks", "diff", loaded.id] });
      void client.invalidateQueries({ queryKey: ["frameworks", "publish-preview", loaded.id] });
    } catch (error) {
      const conflict = error instanceof ApiError && error.status === 409;
      setState(conflict ? "conflict" : "failed");
      setProblem(error instanceof Error ? error.message : "The draft could not be saved.");
      saving.current = false;
      return;
    }
    saving.current = false;
    if (dirty.current) void save();
  }, [client, loaded.id]);

  const edit = useCallback(
    (next: Framework) => {
      latest.current = next;
      setDocument(next);
      dirty.current = true;
      setState((now) => (now === "conflict" ? now : "editing"));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), autosaveDelayMs);
    },
    [save],
  );

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  /** Drops local changes and opens the draft as it is saved now (after a conflict). */
  const reload = useCallback(
    () => client.invalidateQueries({ queryKey: queryKeys.frameworkDraft(loaded.id) }),
    [client, loaded.id],
  );

  return { document, issues, sound, state, problem, savedAt, edit, reload };
}

/** A draft's editing state, as the editor's parts receive it. */
export type DraftEditing = ReturnType<typeof useFrameworkDraft>;
