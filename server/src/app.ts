/**
 * The composition root (ADR 0029): the platform's HTTP application with every module's routes.
 * `npm start`, the tests, the bench and the OpenAPI script build the app through here.
 */
import { registerModules } from './modules/index.js';
import { buildHttpApp, type BuildOptions } from './platform/http/app.js';

export type { App } from './platform/http/app.js';
export type AppOptions = Omit<BuildOptions, 'registerRoutes'>;

export function buildApp(options: AppOptions) {
  return buildHttpApp({ ...options, registerRoutes: registerModules });
}
