CREATE TABLE "class_overrides" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"value_class" text NOT NULL,
	"reason" text NOT NULL,
	"expires_on" date NOT NULL,
	"set_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "class_run_accounts" (
	"run_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value_class" text NOT NULL,
	"computed_class" text NOT NULL,
	"previous_class" text,
	"basis" text NOT NULL,
	"value_fen" bigint NOT NULL,
	"rank" integer,
	"cumulative_share_pct" double precision,
	"visit_interval_days" integer NOT NULL,
	"explanation" jsonb NOT NULL,
	CONSTRAINT "class_run_accounts_run_id_account_id_pk" PRIMARY KEY("run_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "class_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"as_of" date NOT NULL,
	"month" text NOT NULL,
	"metric" text NOT NULL,
	"trigger" text NOT NULL,
	"config" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"account_count" integer NOT NULL,
	"moved_count" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "class_runs_metric_ck" CHECK ("class_runs"."metric" in ('sales','gross_profit'))
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"row_count" integer NOT NULL,
	"created" integer NOT NULL,
	"updated" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tier_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"run_id" uuid,
	"effective_on" date NOT NULL,
	"tier" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"facts" jsonb NOT NULL,
	"explanation" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tier_assessments_tier_ck" CHECK ("tier_assessments"."tier" in ('A','B','C','needs_review'))
);
--> statement-breakpoint
CREATE TABLE "tier_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"as_of" date NOT NULL,
	"trigger" text NOT NULL,
	"config" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "class_overrides" ADD CONSTRAINT "class_overrides_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_overrides" ADD CONSTRAINT "class_overrides_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_run_accounts" ADD CONSTRAINT "class_run_accounts_run_id_class_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."class_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_run_accounts" ADD CONSTRAINT "class_run_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_runs" ADD CONSTRAINT "class_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_assessments" ADD CONSTRAINT "tier_assessments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_assessments" ADD CONSTRAINT "tier_assessments_run_id_tier_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."tier_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_runs" ADD CONSTRAINT "tier_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "class_run_accounts_account_idx" ON "class_run_accounts" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "class_runs_month_idx" ON "class_runs" USING btree ("month");--> statement-breakpoint
CREATE INDEX "tier_assessments_account_idx" ON "tier_assessments" USING btree ("account_id","effective_on");