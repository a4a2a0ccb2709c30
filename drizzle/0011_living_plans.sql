ALTER TABLE "goals" DROP CONSTRAINT "goals_status_known";--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "progress" integer;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "actions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "changed_by" uuid;--> statement-breakpoint
ALTER TABLE "growth_plans" ADD COLUMN "changed_by" uuid;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "growth_plans" ADD CONSTRAINT "growth_plans_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_progress_percent" CHECK ("goals"."progress" between 0 and 100);--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_status_known" CHECK ("goals"."status" in ('open', 'in-progress', 'done', 'dropped'));