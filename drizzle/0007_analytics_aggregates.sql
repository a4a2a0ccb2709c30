CREATE TABLE "analytics_person_levels" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"framework_version_id" uuid NOT NULL,
	"levels" double precision[] NOT NULL,
	"compared" integer NOT NULL,
	"aligned" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_rater_leniency" (
	"person_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"rater_id" text NOT NULL,
	"compared" integer NOT NULL,
	"sum" double precision NOT NULL,
	CONSTRAINT "analytics_rater_leniency_pk" PRIMARY KEY("person_id","rater_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_rebuilds" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"framework_version_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"done" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_stale_people" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "analytics_person_levels" ADD CONSTRAINT "analytics_person_levels_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_person_levels" ADD CONSTRAINT "analytics_person_levels_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_person_levels" ADD CONSTRAINT "analytics_person_levels_framework_version_id_framework_versions_id_fk" FOREIGN KEY ("framework_version_id") REFERENCES "public"."framework_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_rater_leniency" ADD CONSTRAINT "analytics_rater_leniency_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_rater_leniency" ADD CONSTRAINT "analytics_rater_leniency_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_rebuilds" ADD CONSTRAINT "analytics_rebuilds_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_rebuilds" ADD CONSTRAINT "analytics_rebuilds_framework_version_id_framework_versions_id_fk" FOREIGN KEY ("framework_version_id") REFERENCES "public"."framework_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analytics_person_levels_org_idx" ON "analytics_person_levels" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "analytics_rater_leniency_org_idx" ON "analytics_rater_leniency" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "analytics_stale_people_org_idx" ON "analytics_stale_people" USING btree ("org_id");
--> statement-breakpoint
-- A person whose submitted assessments or their ratings change is marked stale at once (not at
-- commit), whoever writes the change: the transaction that submits computes the person again
-- and clears the mark, and analytics compute any person still marked before reading.
CREATE FUNCTION "mark_analytics_stale"(person uuid, org uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO analytics_stale_people (person_id, org_id) SELECT person, org
  WHERE EXISTS (SELECT 1 FROM people WHERE id = person)
  ON CONFLICT (person_id) DO NOTHING;
$$;
--> statement-breakpoint
CREATE FUNCTION "assessment_analytics_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status = 'submitted' THEN
    PERFORM mark_analytics_stale(OLD.person_id, OLD.org_id);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'submitted' THEN
    PERFORM mark_analytics_stale(NEW.person_id, NEW.org_id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "rating_analytics_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mark_analytics_stale(a.person_id, a.org_id) FROM assessments a
  WHERE a.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.assessment_id ELSE NEW.assessment_id END
    AND a.status = 'submitted';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "assessments_analytics" AFTER INSERT OR UPDATE OR DELETE ON "assessments" FOR EACH ROW EXECUTE FUNCTION assessment_analytics_changed();
--> statement-breakpoint
CREATE TRIGGER "ratings_analytics" AFTER INSERT OR UPDATE OR DELETE ON "ratings" FOR EACH ROW EXECUTE FUNCTION rating_analytics_changed();
--> statement-breakpoint
-- Everyone assessed before the aggregates existed is computed on the first read, or by
-- `pathways analytics rebuild`.
INSERT INTO analytics_stale_people (person_id, org_id)
  SELECT DISTINCT person_id, org_id FROM assessments WHERE status = 'submitted';
