CREATE TABLE "cross_territory_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"serial" text NOT NULL,
	"sales_line_id" uuid,
	"sold_to_account_id" uuid NOT NULL,
	"found_at_account_id" uuid NOT NULL,
	"found_in_unit_id" text,
	"visit_id" uuid,
	"concerned_rep_ids" uuid[] NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"visit_id" uuid,
	"observed_on" date NOT NULL,
	"competitor_brand" text,
	"model" text NOT NULL,
	"price_fen" bigint NOT NULL,
	"context" text,
	"source" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_observations_price_ck" CHECK ("price_observations"."price_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "service_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"visit_id" uuid,
	"rep_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"serial" text,
	"problem" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"owner_id" uuid,
	"resolution" text,
	"reported_visit_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"mime" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"visit_id" uuid,
	"what" text NOT NULL,
	"to_whom" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"made_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"evidence" text,
	"close_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"planned_on" date NOT NULL,
	"objectives" jsonb NOT NULL,
	"fixed_time" boolean DEFAULT false NOT NULL,
	"fixed_route" boolean DEFAULT false NOT NULL,
	"brief" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status_reason" text,
	"check_in_at" timestamp with time zone,
	"check_in_client_at" timestamp with time zone,
	"check_in_lng" double precision,
	"check_in_lat" double precision,
	"check_in_accuracy_m" double precision,
	"check_in_status" text,
	"check_in_distance_m" integer,
	"check_in_reason" text,
	"check_out_at" timestamp with time zone,
	"duration_s" integer,
	"report" jsonb,
	"effective" boolean,
	"effective_gaps" jsonb,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_kind_ck" CHECK ("visits"."kind" in ('routine','ad_hoc','downline','joint')),
	CONSTRAINT "visits_status_ck" CHECK ("visits"."status" in ('planned','prepared','in_progress','done','missed','cancelled'))
);
--> statement-breakpoint
ALTER TABLE "cross_territory_alerts" ADD CONSTRAINT "cross_territory_alerts_sales_line_id_sales_lines_id_fk" FOREIGN KEY ("sales_line_id") REFERENCES "public"."sales_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_territory_alerts" ADD CONSTRAINT "cross_territory_alerts_sold_to_account_id_accounts_id_fk" FOREIGN KEY ("sold_to_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_territory_alerts" ADD CONSTRAINT "cross_territory_alerts_found_at_account_id_accounts_id_fk" FOREIGN KEY ("found_at_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_territory_alerts" ADD CONSTRAINT "cross_territory_alerts_found_in_unit_id_units_id_fk" FOREIGN KEY ("found_in_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_territory_alerts" ADD CONSTRAINT "cross_territory_alerts_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_observations" ADD CONSTRAINT "price_observations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_observations" ADD CONSTRAINT "price_observations_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_observations" ADD CONSTRAINT "price_observations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_items" ADD CONSTRAINT "visit_items_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_photos" ADD CONSTRAINT "visit_photos_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_photos" ADD CONSTRAINT "visit_photos_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promises" ADD CONSTRAINT "promises_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cross_territory_alerts_serial_idx" ON "cross_territory_alerts" USING btree ("serial");--> statement-breakpoint
CREATE INDEX "price_observations_account_idx" ON "price_observations" USING btree ("account_id","observed_on");--> statement-breakpoint
CREATE INDEX "service_tickets_account_idx" ON "service_tickets" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "service_tickets_rep_idx" ON "service_tickets" USING btree ("rep_id","status");--> statement-breakpoint
CREATE INDEX "visit_items_visit_idx" ON "visit_items" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "visit_photos_visit_idx" ON "visit_photos" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "promises_account_idx" ON "promises" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "promises_owner_idx" ON "promises" USING btree ("owner_id","due_on");--> statement-breakpoint
CREATE INDEX "visits_account_idx" ON "visits" USING btree ("account_id","planned_on");--> statement-breakpoint
CREATE INDEX "visits_rep_idx" ON "visits" USING btree ("rep_id","planned_on");