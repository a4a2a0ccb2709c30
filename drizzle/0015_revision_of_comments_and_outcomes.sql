-- Comments under a goal and the outcomes agreed in a cycle's alignment conversation are part of
-- what plans and profiles show, so their changes move the organisation's revision like every
-- other table of its data. A comment belongs to its organisation through its goal's plan.
CREATE FUNCTION "goal_comment_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_organisation(p.org_id) FROM goals g JOIN growth_plans p ON p.id = g.plan_id
  WHERE g.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.goal_id ELSE NEW.goal_id END;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "goal_comments_revision" AFTER INSERT OR UPDATE OR DELETE ON "goal_comments" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION goal_comment_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "alignment_outcomes_revision" AFTER INSERT OR UPDATE OR DELETE ON "alignment_outcomes" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
