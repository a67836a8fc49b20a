/** Every capability registers its own routes here; each route names its permission. */
import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health/health.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { referenceRoutes } from './reference/reference.routes.js';
import { campaignRoutes } from './campaigns/campaigns.routes.js';
import { bodyRoutes } from './bodies/bodies.routes.js';
import { rosterRoutes } from './rosters/rosters.routes.js';
import { impartialityRoutes } from './impartiality/impartiality.routes.js';
import { participationRoutes } from './participations/participations.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { screeningRoutes } from './screening/screening.routes.js';
import { intakeRoutes } from './intake/intake.routes.js';
import { notificationRoutes } from './notifications/notifications.routes.js';
import { adminRoutes } from './admin/admin.routes.js';
import { accountRoutes } from './accounts/accounts.routes.js';
import { rulesRoutes } from './rules/rules.routes.js';
import { expertRoutes } from './experts/experts.routes.js';
import { matchingRoutes } from './matching/matching.routes.js';
import { fileRoutes, participationFileRoutes } from './files/files.routes.js';
import { surveyRoutes } from './survey/survey.routes.js';
import { diagnosisRoutes } from './diagnosis/diagnosis.routes.js';
import { planRoutes } from './plans/plans.routes.js';

export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(referenceRoutes);
  await app.register(campaignRoutes);
  await app.register(bodyRoutes);
  await app.register(rosterRoutes);
  await app.register(impartialityRoutes);
  await app.register(participationRoutes);
  await app.register(screeningRoutes);
  await app.register(intakeRoutes);
  await app.register(notificationRoutes);
  await app.register(auditRoutes);
  await app.register(adminRoutes);
  await app.register(accountRoutes);
  await app.register(rulesRoutes);
  await app.register(expertRoutes);
  await app.register(matchingRoutes);
  await app.register(participationFileRoutes);
  await app.register(fileRoutes);
  await app.register(surveyRoutes);
  await app.register(diagnosisRoutes);
  await app.register(planRoutes);
}
