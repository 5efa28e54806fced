CREATE TABLE "sales_tools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"account_kinds" jsonb NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_rules" (
	"account_kind" text PRIMARY KEY NOT NULL,
	"require_verified_check_in" boolean NOT NULL,
	"require_objective_outcomes" boolean NOT NULL,
	"required_steps" jsonb NOT NULL,
	"require_steps_of_objectives" boolean NOT NULL,
	"require_sales_tools" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_rules_kind_ck" CHECK ("visit_rules"."account_kind" in ('distributor','sub_dealer','end_user'))
);
--> statement-breakpoint
ALTER TABLE "sales_tools" ADD CONSTRAINT "sales_tools_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_rules" ADD CONSTRAINT "visit_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;