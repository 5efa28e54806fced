CREATE TABLE "dumping_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"alert_id" uuid NOT NULL,
	"status" text DEFAULT 'investigating' NOT NULL,
	"manager_ids" uuid[] NOT NULL,
	"decision_note" text,
	"action" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dumping_cases_status_ck" CHECK ("dumping_cases"."status" in ('investigating','confirmed','dismissed','actioned'))
);
--> statement-breakpoint
ALTER TABLE "dumping_cases" ADD CONSTRAINT "dumping_cases_alert_id_cross_territory_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."cross_territory_alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dumping_cases_alert_uq" ON "dumping_cases" USING btree ("alert_id");