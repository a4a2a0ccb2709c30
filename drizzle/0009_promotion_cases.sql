CREATE TABLE "promotion_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"target_role_id" text NOT NULL,
	"framework_version_id" uuid,
	"framework_version" text NOT NULL,
	"opened_by_person_id" uuid,
	"narrative" text DEFAULT '' NOT NULL,
	"shared_with_person" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decision" text,
	"decision_note" text,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"cycle_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promotion_cases_status_known" CHECK ("promotion_cases"."status" in ('open', 'decided')),
	CONSTRAINT "promotion_cases_decision_known" CHECK ("promotion_cases"."decision" is null or "promotion_cases"."decision" in ('promote-now', 'not-yet', 'with-a-plan')),
	CONSTRAINT "promotion_cases_decided_has_decision" CHECK (("promotion_cases"."status" = 'decided') = ("promotion_cases"."decision" is not null and "promotion_cases"."decided_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "promotion_cases" ADD CONSTRAINT "promotion_cases_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_cases" ADD CONSTRAINT "promotion_cases_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_cases" ADD CONSTRAINT "promotion_cases_opened_by_person_id_people_id_fk" FOREIGN KEY ("opened_by_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_cases" ADD CONSTRAINT "promotion_cases_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_cases" ADD CONSTRAINT "promotion_cases_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "promotion_cases_org_idx" ON "promotion_cases" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "promotion_cases_person_idx" ON "promotion_cases" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "promotion_cases_one_open_idx" ON "promotion_cases" USING btree ("person_id","target_role_id") WHERE "promotion_cases"."status" = 'open';--> statement-breakpoint
-- A promotion case's narrative, sharing and decision are organisation data answers are read from,
-- so their changes move the organisation's revision like every other such table.
CREATE CONSTRAINT TRIGGER "promotion_cases_revision" AFTER INSERT OR UPDATE OR DELETE ON "promotion_cases" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
