ALTER TABLE "feedback_requests" DROP CONSTRAINT "feedback_requests_status_known";--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_status_known" CHECK ("feedback_requests"."status" in ('open', 'answered', 'declined', 'withdrawn'));