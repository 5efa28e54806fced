CREATE TABLE "sales_monthly" (
	"account_id" uuid NOT NULL,
	"month" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"gross_profit_fen" bigint NOT NULL,
	"quantity" bigint NOT NULL,
	"line_count" integer NOT NULL,
	CONSTRAINT "sales_monthly_account_id_month_pk" PRIMARY KEY("account_id","month")
);
--> statement-breakpoint
ALTER TABLE "sales_monthly" ADD CONSTRAINT "sales_monthly_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sales_monthly_month_idx" ON "sales_monthly" USING btree ("month");--> statement-breakpoint
-- sales_monthly is kept equal to the sums of sales_lines per account and month by the triggers below, in
-- the statement that writes the lines, whichever code writes them. Statement-level triggers with
-- transition tables: one grouped upsert per statement, so a bulk import of 100,000 lines costs one
-- aggregate, not 100,000 row triggers. PostgreSQL allows transition tables on one event per trigger only,
-- hence one function per event.
CREATE FUNCTION "sales_monthly_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO sales_monthly AS s (account_id, month, amount_fen, gross_profit_fen, quantity, line_count)
	SELECT n.account_id, date_trunc('month', n.date)::date, sum(n.amount_fen), sum(n.gross_profit_fen), sum(n.quantity), count(*)
	FROM new_lines n GROUP BY 1, 2
	ON CONFLICT (account_id, month) DO UPDATE SET amount_fen = s.amount_fen + excluded.amount_fen,
		gross_profit_fen = s.gross_profit_fen + excluded.gross_profit_fen, quantity = s.quantity + excluded.quantity,
		line_count = s.line_count + excluded.line_count;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "sales_monthly_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE sales_monthly s SET amount_fen = s.amount_fen - o.amount_fen, gross_profit_fen = s.gross_profit_fen - o.gross_profit_fen,
		quantity = s.quantity - o.quantity, line_count = s.line_count - o.line_count
	FROM (SELECT account_id, date_trunc('month', date)::date AS month, sum(amount_fen) AS amount_fen, sum(gross_profit_fen) AS gross_profit_fen,
		sum(quantity) AS quantity, count(*) AS line_count FROM old_lines GROUP BY 1, 2) o
	WHERE s.account_id = o.account_id AND s.month = o.month;
	DELETE FROM sales_monthly s USING (SELECT DISTINCT account_id, date_trunc('month', date)::date AS month FROM old_lines) o
	WHERE s.account_id = o.account_id AND s.month = o.month AND s.line_count = 0;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- An update moves each line's old values out of its old (account, month) and its new values into its new one.
CREATE FUNCTION "sales_monthly_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO sales_monthly AS s (account_id, month, amount_fen, gross_profit_fen, quantity, line_count)
	SELECT d.account_id, d.month, sum(d.amount_fen), sum(d.gross_profit_fen), sum(d.quantity), sum(d.line_count)
	FROM (
		SELECT n.account_id, date_trunc('month', n.date)::date AS month, n.amount_fen, n.gross_profit_fen, n.quantity, 1 AS line_count FROM new_lines n
		UNION ALL
		SELECT o.account_id, date_trunc('month', o.date)::date, -o.amount_fen, -o.gross_profit_fen, -o.quantity, -1 FROM old_lines o
	) d GROUP BY 1, 2
	ON CONFLICT (account_id, month) DO UPDATE SET amount_fen = s.amount_fen + excluded.amount_fen,
		gross_profit_fen = s.gross_profit_fen + excluded.gross_profit_fen, quantity = s.quantity + excluded.quantity,
		line_count = s.line_count + excluded.line_count;
	DELETE FROM sales_monthly s USING (SELECT DISTINCT account_id, date_trunc('month', date)::date AS month FROM old_lines) o
	WHERE s.account_id = o.account_id AND s.month = o.month AND s.line_count = 0;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "sales_monthly_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM sales_monthly;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "sales_lines_monthly_insert" AFTER INSERT ON "sales_lines" REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION "sales_monthly_after_insert"();
--> statement-breakpoint
CREATE TRIGGER "sales_lines_monthly_delete" AFTER DELETE ON "sales_lines" REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION "sales_monthly_after_delete"();
--> statement-breakpoint
CREATE TRIGGER "sales_lines_monthly_update" AFTER UPDATE ON "sales_lines" REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION "sales_monthly_after_update"();
--> statement-breakpoint
CREATE TRIGGER "sales_lines_monthly_truncate" AFTER TRUNCATE ON "sales_lines" FOR EACH STATEMENT EXECUTE FUNCTION "sales_monthly_after_truncate"();
--> statement-breakpoint
-- Backfill from the lines already there.
INSERT INTO "sales_monthly" (account_id, month, amount_fen, gross_profit_fen, quantity, line_count)
SELECT account_id, date_trunc('month', date)::date, sum(amount_fen), sum(gross_profit_fen), sum(quantity), count(*) FROM "sales_lines" GROUP BY 1, 2;
