CREATE TABLE "planning_ical_tokens" (
	"rep_id" uuid PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planning_ical_tokens_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "planning_opening_hours" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"hours" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_plan_accounts" (
	"plan_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"weekday" integer NOT NULL,
	"first_week" integer NOT NULL,
	"period_weeks" integer NOT NULL,
	"slot_min" integer NOT NULL,
	CONSTRAINT "visit_plan_accounts_plan_id_account_id_pk" PRIMARY KEY("plan_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "visit_plan_stops" (
	"plan_id" uuid NOT NULL,
	"day" integer NOT NULL,
	"seq" integer NOT NULL,
	"account_id" uuid NOT NULL,
	"arrive_min" integer NOT NULL,
	"start_min" integer NOT NULL,
	"end_min" integer NOT NULL,
	"travel_s" integer NOT NULL,
	"distance_m" integer NOT NULL,
	CONSTRAINT "visit_plan_stops_plan_id_day_seq_pk" PRIMARY KEY("plan_id","day","seq")
);
--> statement-breakpoint
CREATE TABLE "visit_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"status" text NOT NULL,
	"base_plan_id" uuid,
	"start_date" date NOT NULL,
	"horizon_weeks" integer NOT NULL,
	"settings" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	CONSTRAINT "visit_plans_status_ck" CHECK ("visit_plans"."status" in ('draft','approved','superseded'))
);
--> statement-breakpoint
ALTER TABLE "planning_ical_tokens" ADD CONSTRAINT "planning_ical_tokens_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_opening_hours" ADD CONSTRAINT "planning_opening_hours_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plan_accounts" ADD CONSTRAINT "visit_plan_accounts_plan_id_visit_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."visit_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plan_accounts" ADD CONSTRAINT "visit_plan_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plan_stops" ADD CONSTRAINT "visit_plan_stops_plan_id_visit_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."visit_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plan_stops" ADD CONSTRAINT "visit_plan_stops_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD CONSTRAINT "visit_plans_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD CONSTRAINT "visit_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD CONSTRAINT "visit_plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visit_plans_rep_idx" ON "visit_plans" USING btree ("rep_id","created_at");