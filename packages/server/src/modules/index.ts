import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app';
import { registerHealth } from './health/routes';
import { registerUnits } from './units/routes';
import { registerTerritories } from './territories/routes';
import { registerGeo } from './geo/routes';
import { registerAuthRoutes } from './auth/routes';
import { registerUsers } from './users/routes';
import { registerAccounts } from './accounts/routes';
import { registerContacts } from './contacts/routes';
import { registerProducts } from './products/routes';
import { registerSales } from './sales/routes';
import { registerAudit } from './audit/routes';
import { registerDocs } from './docs/routes';
import { registerTerritoryDesign } from './territory-design/routes';
import { registerVisits } from './visits/routes';
import { registerArchive } from './archive/routes';
import { registerLeads } from './leads/routes';
import { registerClasses } from './classes/routes';
import { registerTiers } from './tiers/routes';
import { registerImports } from './imports/routes';
import { registerPlanning } from './planning/routes';
import { registerPolicies } from './policies/routes';
import { registerMeetings } from './meetings/routes';
import { registerPriceDiscipline } from './price-discipline/routes';
import { registerDumping } from './dumping/routes';
import { registerDashboards } from './dashboards/routes';
import { registerCompetitorIntel } from './competitors-intel/routes';

/**
 * The list of feature modules, in registration order. Each module adds its own routes
 * (src/modules/<feature>/{routes,service,repo}.ts); add new modules here.
 */
export async function registerModules(app: FastifyInstance, deps: AppDeps) {
  await registerHealth(app, deps);
  await registerUnits(app, deps);
  await registerTerritories(app, deps);
  await registerGeo(app, deps);
  await registerAuthRoutes(app, deps);
  await registerUsers(app, deps);
  await registerAccounts(app, deps);
  await registerContacts(app, deps);
  await registerProducts(app, deps);
  await registerSales(app, deps);
  await registerAudit(app, deps);
  await registerTerritoryDesign(app, deps);
  await registerDocs(app, deps);
  await registerArchive(app, deps);
  await registerLeads(app, deps);
  await registerClasses(app, deps);
  await registerTiers(app, deps);
  await registerVisits(app, deps);
  await registerImports(app, deps);
  await registerPlanning(app, deps);
  await registerPolicies(app, deps);
  await registerMeetings(app, deps);
  await registerPriceDiscipline(app, deps);
  await registerDumping(app, deps);
  await registerDashboards(app, deps);
  await registerCompetitorIntel(app, deps);
}
