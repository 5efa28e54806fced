CREATE TABLE "unit_adjacency" (
	"unit_a" text NOT NULL,
	"unit_b" text NOT NULL,
	"border_m" double precision,
	"source" text NOT NULL,
	"removed" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_adjacency_unit_a_unit_b_pk" PRIMARY KEY("unit_a","unit_b"),
	CONSTRAINT "unit_adjacency_source_ck" CHECK ("unit_adjacency"."source" in ('computed','manual'))
);
--> statement-breakpoint
CREATE TABLE "unit_geometries" (
	"unit_id" text PRIMARY KEY NOT NULL,
	"geometry" jsonb NOT NULL,
	"area_m2" double precision NOT NULL,
	"perimeter_m" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "unit_adjacency" ADD CONSTRAINT "unit_adjacency_unit_a_units_id_fk" FOREIGN KEY ("unit_a") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_adjacency" ADD CONSTRAINT "unit_adjacency_unit_b_units_id_fk" FOREIGN KEY ("unit_b") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_geometries" ADD CONSTRAINT "unit_geometries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_adjacency_b_idx" ON "unit_adjacency" USING btree ("unit_b");