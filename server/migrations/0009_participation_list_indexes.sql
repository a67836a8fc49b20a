DROP INDEX "participations_region_idx";--> statement-breakpoint
CREATE INDEX "participations_updated_idx" ON "participations" USING btree ("updated_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "participations_region_idx" ON "participations" USING btree ("region_code" varchar_pattern_ops);