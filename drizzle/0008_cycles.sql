CREATE TABLE "cycle_participants" (
	"cycle_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"manager_id" uuid,
	CONSTRAINT "cycle_participants_pk" PRIMARY KEY("cycle_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "cycle_snapshots" (
	"cycle_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycle_snapshots_pk" PRIMARY KEY("cycle_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"self_rated" boolean DEFAULT true NOT NULL,
	"manager_rated" boolean DEFAULT true NOT NULL,
	"peer_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "cycles_status_known" CHECK ("cycles"."status" in ('open', 'closed')),
	CONSTRAINT "cycles_window_ordered" CHECK ("cycles"."ends_on" >= "cycles"."starts_on"),
	CONSTRAINT "cycles_peer_count_small" CHECK ("cycles"."peer_count" between 0 and 10),
	CONSTRAINT "cycles_closed_has_time" CHECK (("cycles"."status" = 'closed') = ("cycles"."closed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "cycle_participants" ADD CONSTRAINT "cycle_participants_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_participants" ADD CONSTRAINT "cycle_participants_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_participants" ADD CONSTRAINT "cycle_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_participants" ADD CONSTRAINT "cycle_participants_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_snapshots" ADD CONSTRAINT "cycle_snapshots_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_snapshots" ADD CONSTRAINT "cycle_snapshots_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_snapshots" ADD CONSTRAINT "cycle_snapshots_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cycle_participants_person_idx" ON "cycle_participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cycle_participants_manager_idx" ON "cycle_participants" USING btree ("manager_id");--> statement-breakpoint
CREATE INDEX "cycle_snapshots_person_idx" ON "cycle_snapshots" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cycles_org_idx" ON "cycles" USING btree ("org_id","starts_on");--> statement-breakpoint
-- Cycles, who is in them and what closing them kept feed answers (completion, tasks, the trend),
-- so their changes move the organisation's revision like every other table of its data.
CREATE CONSTRAINT TRIGGER "cycles_revision" AFTER INSERT OR UPDATE OR DELETE ON "cycles" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "cycle_participants_revision" AFTER INSERT OR UPDATE OR DELETE ON "cycle_participants" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "cycle_snapshots_revision" AFTER INSERT OR UPDATE OR DELETE ON "cycle_snapshots" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_row_changed();
