CREATE TABLE "alignment_outcomes" (
	"cycle_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"note" text NOT NULL,
	"agreed_levels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alignment_outcomes_pk" PRIMARY KEY("cycle_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "cycles" ADD COLUMN "peer_chooser" text DEFAULT 'person' NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD COLUMN "cycle_id" uuid;--> statement-breakpoint
ALTER TABLE "alignment_outcomes" ADD CONSTRAINT "alignment_outcomes_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alignment_outcomes" ADD CONSTRAINT "alignment_outcomes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alignment_outcomes" ADD CONSTRAINT "alignment_outcomes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alignment_outcomes" ADD CONSTRAINT "alignment_outcomes_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alignment_outcomes_person_idx" ON "alignment_outcomes" USING btree ("person_id","recorded_at");--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_requests_cycle_idx" ON "feedback_requests" USING btree ("cycle_id","person_id");--> statement-breakpoint
ALTER TABLE "cycles" ADD CONSTRAINT "cycles_peer_chooser_known" CHECK ("cycles"."peer_chooser" in ('person', 'manager'));