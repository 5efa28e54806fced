CREATE TABLE "account_competitors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"brand" text NOT NULL,
	"models" text,
	"price_note" text,
	"relation" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_profiles" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"business_scope" text,
	"export_oriented" boolean DEFAULT false NOT NULL,
	"competitor_relations" text,
	"order_flow" text,
	"sales_activity" text,
	"problems" text,
	"potential" text,
	"financial_status" text,
	"credit_rating" text,
	"credit_limit_fen" bigint,
	"business_specialty" text,
	"industry_position" text,
	"distribution_capacity" text,
	"capital_strength" text,
	"commercial_credit" text,
	"willingness_to_cooperate" text,
	"machine_tool_turnover_fen" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_profiles_credit_ck" CHECK ("account_profiles"."credit_rating" is null or "account_profiles"."credit_rating" in ('AAA','AA','A','BBB','BB','B','C')),
	CONSTRAINT "account_profiles_fen_ck" CHECK (coalesce("account_profiles"."credit_limit_fen", 0) >= 0 and coalesce("account_profiles"."machine_tool_turnover_fen", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "archive_section_meta" (
	"account_id" uuid NOT NULL,
	"section" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"updated_on" date,
	"updated_by" uuid,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"evidence_visit_id" uuid,
	"evidence_ref" text,
	CONSTRAINT "archive_section_meta_account_id_section_pk" PRIMARY KEY("account_id","section")
);
--> statement-breakpoint
CREATE TABLE "contact_profiles" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"is_key" boolean DEFAULT false NOT NULL,
	"personality" text,
	"interests" text,
	"hobbies" text,
	"family" text,
	"education" text,
	"age" integer,
	"abilities" text,
	"background" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"consent_note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"unit_id" text NOT NULL,
	"address" text,
	"phone" text,
	"contact_name" text,
	"source" text NOT NULL,
	"collected" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"owner_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"converted_account_id" uuid,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"date" date NOT NULL,
	"outcome" text NOT NULL,
	"competitor_brand" text,
	"model" text,
	"price_fen" bigint,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_outcomes_outcome_ck" CHECK ("order_outcomes"."outcome" in ('won','lost'))
);
--> statement-breakpoint
CREATE TABLE "unit_profiles" (
	"unit_id" text PRIMARY KEY NOT NULL,
	"culture" text,
	"customs" text,
	"development_potential" text,
	"export_market_policy" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"updated_on" date,
	"updated_by" uuid,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"evidence_visit_id" uuid,
	"evidence_ref" text
);
--> statement-breakpoint
ALTER TABLE "account_competitors" ADD CONSTRAINT "account_competitors_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_profiles" ADD CONSTRAINT "account_profiles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_section_meta" ADD CONSTRAINT "archive_section_meta_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_section_meta" ADD CONSTRAINT "archive_section_meta_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_section_meta" ADD CONSTRAINT "archive_section_meta_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_profiles" ADD CONSTRAINT "contact_profiles_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_converted_account_id_accounts_id_fk" FOREIGN KEY ("converted_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_outcomes" ADD CONSTRAINT "order_outcomes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_profiles" ADD CONSTRAINT "unit_profiles_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_competitors_account_idx" ON "account_competitors" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "leads_owner_idx" ON "leads" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "leads_unit_idx" ON "leads" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "leads_converted_idx" ON "leads" USING btree ("converted_account_id");--> statement-breakpoint
CREATE INDEX "order_outcomes_account_idx" ON "order_outcomes" USING btree ("account_id","date");