ALTER TABLE "meeting_actions" ADD COLUMN "done_by" uuid;--> statement-breakpoint
ALTER TABLE "meeting_actions" ADD COLUMN "done_note" text;--> statement-breakpoint
ALTER TABLE "policies" ADD COLUMN "target_tiers" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "policies" ADD COLUMN "target_unit_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_actions" ADD CONSTRAINT "meeting_actions_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;