CREATE TABLE "audit_trail" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_organization_id" uuid,
	"actor_role" varchar(24),
	"action" text NOT NULL,
	"object_type" text,
	"object_id" text,
	"outcome" varchar(12) NOT NULL,
	"before_digest" text,
	"after_digest" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_bodies" (
	"campaign_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "campaign_bodies_campaign_id_organization_id_pk" PRIMARY KEY("campaign_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"kind" varchar(24) NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"sort_order" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" smallint NOT NULL,
	"name" text NOT NULL,
	"issuing_organization_id" uuid NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"parent_id" uuid,
	"targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification_bodies" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"approval_number" text NOT NULL,
	"contact_name" text,
	"contact_phone" text
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"uscc" varchar(18) NOT NULL,
	"industry_code" varchar(2) NOT NULL,
	"address" text,
	"legal_representative" text,
	"contact_name" text,
	"contact_phone" text,
	"employees" integer,
	"revenue_wan" numeric(14, 2),
	"assets_wan" numeric(14, 2)
);
--> statement-breakpoint
CREATE TABLE "evaluation_appointments" (
	"participation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "evaluation_appointments_participation_id_user_id_pk" PRIMARY KEY("participation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"username_key" text PRIMARY KEY NOT NULL,
	"failures" smallint DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_failure_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" varchar(24) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" varchar(24) NOT NULL,
	"name" text NOT NULL,
	"region_code" varchar(6),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_experts" (
	"participation_id" uuid NOT NULL,
	"expert_user_id" uuid NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	CONSTRAINT "participation_experts_participation_id_expert_user_id_pk" PRIMARY KEY("participation_id","expert_user_id")
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"certification_body_id" uuid,
	"stage" varchar(16) NOT NULL,
	"origin" varchar(12) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"industry_code" varchar(2) NOT NULL,
	"operation_started_on" date,
	"internal_audit_on" date,
	"management_review_on" date,
	"evaluation_score" smallint,
	"evaluation_grade" varchar(10),
	"certificate_number" text,
	"certificate_issued_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" varchar(6) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_code" varchar(6),
	"level" varchar(10) NOT NULL,
	"source_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stage_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"participation_id" uuid NOT NULL,
	"command" varchar(24) NOT NULL,
	"from_stage" varchar(16),
	"to_stage" varchar(16) NOT NULL,
	"actor_user_id" uuid,
	"actor_role" varchar(24),
	"actor_organization_id" uuid,
	"reason" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"phone" text,
	"password_hash" text NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign_bodies" ADD CONSTRAINT "campaign_bodies_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_bodies" ADD CONSTRAINT "campaign_bodies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_phases" ADD CONSTRAINT "campaign_phases_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_issuing_organization_id_organizations_id_fk" FOREIGN KEY ("issuing_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_bodies" ADD CONSTRAINT "certification_bodies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_appointments" ADD CONSTRAINT "evaluation_appointments_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_appointments" ADD CONSTRAINT "evaluation_appointments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_experts" ADD CONSTRAINT "participation_experts_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_experts" ADD CONSTRAINT "participation_experts_expert_user_id_users_id_fk" FOREIGN KEY ("expert_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_enterprise_id_organizations_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_certification_body_id_organizations_id_fk" FOREIGN KEY ("certification_body_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_events" ADD CONSTRAINT "stage_events_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_events" ADD CONSTRAINT "stage_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_events" ADD CONSTRAINT "stage_events_actor_organization_id_organizations_id_fk" FOREIGN KEY ("actor_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_trail_object_idx" ON "audit_trail" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "audit_trail_actor_idx" ON "audit_trail" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "campaign_phases_campaign_idx" ON "campaign_phases" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaigns_region_idx" ON "campaigns" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "campaigns_parent_idx" ON "campaigns" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_uscc_key" ON "enterprises" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "evaluation_appointments_user_idx" ON "evaluation_appointments" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_user_org_role_key" ON "memberships" USING btree ("user_id","organization_id","role");--> statement-breakpoint
CREATE INDEX "organizations_kind_region_idx" ON "organizations" USING btree ("kind","region_code");--> statement-breakpoint
CREATE INDEX "participation_experts_expert_idx" ON "participation_experts" USING btree ("expert_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participations_campaign_enterprise_key" ON "participations" USING btree ("campaign_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "participations_region_idx" ON "participations" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "participations_body_idx" ON "participations" USING btree ("certification_body_id");--> statement-breakpoint
CREATE INDEX "participations_stage_idx" ON "participations" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "password_history_user_idx" ON "password_history" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "stage_events_participation_idx" ON "stage_events" USING btree ("participation_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("username");