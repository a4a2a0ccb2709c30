ALTER TABLE "organisations" ADD COLUMN "revision" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Every change to an organisation's data moves organisations.revision on, once per transaction,
-- when the transaction commits; a server keeps answers computed at one revision until it moves.
-- Values come from one sequence, so a revision never repeats, even for an organisation that was
-- removed and restored. Sign-in sessions, the audit log and drafts' ratings do not move it:
-- nothing computed from an organisation's data reads them.
CREATE SEQUENCE "organisation_revisions";
--> statement-breakpoint
CREATE FUNCTION "touch_organisation"(org uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  touched text := coalesce(current_setting('pathways.touched_organisations', true), '');
BEGIN
  IF org IS NULL OR position(org::text IN touched) > 0 THEN
    RETURN;
  END IF;
  UPDATE organisations SET revision = nextval('organisation_revisions') WHERE id = org;
  PERFORM set_config('pathways.touched_organisations', touched || org::text || ' ', true);
END
$$;
--> statement-breakpoint
CREATE FUNCTION "organisation_row_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM touch_organisation(OLD.org_id);
  ELSE
    PERFORM touch_organisation(NEW.org_id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "assessment_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A draft counts for nothing until it is submitted.
  IF TG_OP = 'INSERT' AND NEW.status = 'draft'
    OR TG_OP = 'UPDATE' AND OLD.status = 'draft' AND NEW.status = 'draft'
    OR TG_OP = 'DELETE' AND OLD.status = 'draft' THEN
    RETURN NULL;
  END IF;
  PERFORM touch_organisation(CASE WHEN TG_OP = 'DELETE' THEN OLD.org_id ELSE NEW.org_id END);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "rating_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_organisation(a.org_id) FROM assessments a
  WHERE a.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.assessment_id ELSE NEW.assessment_id END
    AND a.status <> 'draft';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "person_row_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_organisation(p.org_id) FROM people p
  WHERE p.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.person_id ELSE NEW.person_id END;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "plan_row_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_organisation(g.org_id) FROM growth_plans g
  WHERE g.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.plan_id ELSE NEW.plan_id END;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "people_revision" AFTER INSERT OR UPDATE OR DELETE ON "people" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "users_revision" AFTER INSERT OR UPDATE OR DELETE ON "users" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "framework_versions_revision" AFTER INSERT OR UPDATE OR DELETE ON "framework_versions" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "evidence_revision" AFTER INSERT OR UPDATE OR DELETE ON "evidence" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "feedback_requests_revision" AFTER INSERT OR UPDATE OR DELETE ON "feedback_requests" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "growth_plans_revision" AFTER INSERT OR UPDATE OR DELETE ON "growth_plans" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "title_mappings_revision" AFTER INSERT OR UPDATE OR DELETE ON "title_mappings" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "assessments_revision" AFTER INSERT OR UPDATE OR DELETE ON "assessments" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION assessment_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "ratings_revision" AFTER INSERT OR UPDATE OR DELETE ON "ratings" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION rating_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "role_history_revision" AFTER INSERT OR UPDATE OR DELETE ON "role_history" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION person_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "goals_revision" AFTER INSERT OR UPDATE OR DELETE ON "goals" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION plan_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "check_ins_revision" AFTER INSERT OR UPDATE OR DELETE ON "check_ins" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION plan_row_changed();
