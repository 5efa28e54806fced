CREATE TABLE "account_classes" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"value_class" text NOT NULL,
	"provisional" boolean DEFAULT false NOT NULL,
	"run_id" uuid,
	"override_reason" text,
	"override_until" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_classes_class_ck" CHECK ("account_classes"."value_class" in ('A','B','C'))
);
--> statement-breakpoint
CREATE TABLE "sales_targets" (
	"account_id" uuid NOT NULL,
	"month" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sales_targets_account_id_month_pk" PRIMARY KEY("account_id","month"),
	CONSTRAINT "sales_targets_month_ck" CHECK ("sales_targets"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "share_estimates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"date" date NOT NULL,
	"our_share_pct" double precision NOT NULL,
	"competitor_shares" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text NOT NULL,
	"visit_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "share_estimates_pct_ck" CHECK ("share_estimates"."our_share_pct" >= 0 and "share_estimates"."our_share_pct" <= 100)
);
--> statement-breakpoint
ALTER TABLE "account_classes" ADD CONSTRAINT "account_classes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_targets" ADD CONSTRAINT "sales_targets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_estimates" ADD CONSTRAINT "share_estimates_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_estimates" ADD CONSTRAINT "share_estimates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "share_estimates_account_date_idx" ON "share_estimates" USING btree ("account_id","date");