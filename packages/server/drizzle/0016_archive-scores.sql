CREATE TABLE "archive_score_dirty" (
	"account_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "archive_scores" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"overall_score" integer NOT NULL,
	"basic_score" integer NOT NULL,
	"contacts_score" integer NOT NULL,
	"region_score" integer NOT NULL,
	"competitors_score" integer NOT NULL,
	"trading_score" integer NOT NULL,
	"deeper_score" integer NOT NULL,
	"basic_on" date,
	"contacts_on" date,
	"region_on" date,
	"competitors_on" date,
	"trading_on" date,
	"deeper_on" date
);
--> statement-breakpoint
ALTER TABLE "archive_scores" ADD CONSTRAINT "archive_scores_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Marks the accounts whose archive score a write may change, in the writing transaction: the argument
-- names the column that leads to the account (its own id, account_id, a contact's or a unit's id). Old and
-- new rows both count, so moving a contact to another account marks both. A truncate marks every account.
CREATE FUNCTION "archive_score_mark"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	col text := TG_ARGV[0];
	keys text[];
BEGIN
	IF TG_LEVEL = 'STATEMENT' THEN
		INSERT INTO archive_score_dirty (account_id) SELECT id FROM accounts;
		RETURN NULL;
	END IF;
	keys := array_remove(ARRAY[to_jsonb(NEW) ->> col, to_jsonb(OLD) ->> col], NULL);
	IF col = 'unit_id' THEN
		INSERT INTO archive_score_dirty (account_id) SELECT a.id FROM accounts a WHERE a.unit_id = ANY (keys);
	ELSIF col = 'contact_id' THEN
		INSERT INTO archive_score_dirty (account_id) SELECT c.account_id FROM contacts c WHERE c.id = ANY (keys::uuid[]);
	ELSE
		INSERT INTO archive_score_dirty (account_id) SELECT DISTINCT k::uuid FROM unnest(keys) k;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "accounts_archive_score" AFTER INSERT OR UPDATE ON "accounts" FOR EACH ROW EXECUTE FUNCTION "archive_score_mark"('id');
--> statement-breakpoint
CREATE TRIGGER "account_profiles_archive_score" AFTER INSERT OR UPDATE OR DELETE ON "account_profiles" FOR EACH ROW EXECUTE FUNCTION "archive_score_mark"('account_id');
--> statement-breakpoint
CREATE TRIGGER "account_profiles_archive_score_truncate" AFTER TRUNCATE ON "account_profiles" FOR EACH STATEMENT EXECUTE FUNCTION "archive_score_mark"('');
--> statement-breakpoint
CREATE TRIGGER "account_competitors_archive_score" AFTER INSERT OR UPDATE OR DELETE ON "account_competitors" FOR EACH ROW EXECUTE FUNCTION "archive_score_mark"('account_id');
--> statement-breakpoint
CREATE TRIGGER "account_competitors_archive_score_truncate" AFTER TRUNCATE ON "account_competitors" FOR EACH STATEMENT EXECUTE FUNCTION "archive_score_mark"('');
--> statement-breakpoint
CREATE TRIGGER "order_outcomes_archive_score" AFTER INSERT OR UPDATE OR DELETE ON "order_outcomes" FOR EACH ROW EXECUTE FUNCTION "archive_score_mark"('account_id');
--> statement-breakpoint
CREATE TRIGGER "order_outcomes_archive_score_truncate" AFTER TRUNCATE ON "order_outcomes" FOR EACH STATEMENT EXECUTE FUNCTION "archive_score_mark"('');
--> statement-breakpoint
CREATE TRIGGER "archive_section_meta_archive_score" AFTER INSERT OR UPDATE OR DELETE ON "archive_section_meta" FOR EACH ROW EXECUTE FUNCTION "archive_score_mark"('account_id');
--> statement-breakpoint
CREATE TRIGGER "archive_section_meta_archive_score_truncate" AFTER TRUNCATE ON "archive_section_meta" FOR EACH STATEMENT EXECUTE FUNCTION "archive_score_mark"('');
--> statement-breakpoint
CREATE TRIGGER "contacts_archive_score" AFTER INSERT OR UPDATE OR DELETE ON "contacts" FOR EACH ROW EXECUTE FUNCTION "archive_score_mark"('account_id');
--> statement-breakpoint
CREATE TRIGGER "contacts_archive_score_truncate" AFTER TRUNCATE ON "contacts" FOR EACH STATEMENT EXECUTE FUNCTION "archive_score_mark"('');
--> statement-breakpoint
CREATE TRIGGER "contact_profiles_archive_score" AFTER INSERT OR UPDATE OR DELETE ON "contact_profiles" FOR EACH ROW EXECUTE FUNCTION "archive_score_mark"('contact_id');
--> statement-breakpoint
CREATE TRIGGER "contact_profiles_archive_score_truncate" AFTER TRUNCATE ON "contact_profiles" FOR EACH STATEMENT EXECUTE FUNCTION "archive_score_mark"('');
--> statement-breakpoint
CREATE TRIGGER "unit_profiles_archive_score" AFTER INSERT OR UPDATE OR DELETE ON "unit_profiles" FOR EACH ROW EXECUTE FUNCTION "archive_score_mark"('unit_id');
--> statement-breakpoint
CREATE TRIGGER "unit_profiles_archive_score_truncate" AFTER TRUNCATE ON "unit_profiles" FOR EACH STATEMENT EXECUTE FUNCTION "archive_score_mark"('');
--> statement-breakpoint
-- Every existing account is scored at the first read.
INSERT INTO "archive_score_dirty" (account_id) SELECT id FROM "accounts";
