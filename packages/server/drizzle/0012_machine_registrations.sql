CREATE TABLE "machine_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ref" text NOT NULL,
	"kind" text NOT NULL,
	"registered_on" date NOT NULL,
	"serial" text NOT NULL,
	"account_id" uuid NOT NULL,
	"place" text,
	"alert_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "machine_registrations_kind_ck" CHECK ("machine_registrations"."kind" in ('installation','warranty'))
);
--> statement-breakpoint
ALTER TABLE "machine_registrations" ADD CONSTRAINT "machine_registrations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "machine_registrations" ADD CONSTRAINT "machine_registrations_alert_id_cross_territory_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."cross_territory_alerts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "machine_registrations" ADD CONSTRAINT "machine_registrations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "machine_registrations_ref_uq" ON "machine_registrations" USING btree ("ref");--> statement-breakpoint
CREATE INDEX "machine_registrations_serial_idx" ON "machine_registrations" USING btree ("serial");--> statement-breakpoint
CREATE INDEX "machine_registrations_account_idx" ON "machine_registrations" USING btree ("account_id");