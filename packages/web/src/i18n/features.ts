// Each feature keeps its texts beside its code (features/<name>/messages.ts) as an i18next namespace,
// so features grow without editing one shared file. Add one line per feature:
//   import { archiveMessages } from '../features/archive/messages';   …   archive: archiveMessages,
// A feature's messages object is `{ 'zh-CN': {...}, en: {...} }` with the same keys in both.

import { archiveMessages } from '../features/archive/messages';
import { visitsMessages } from '../features/visits/messages';
import { territoriesMessages } from '../features/territories/messages';
import { classesMessages } from '../features/classes/messages';
import { tiersMessages } from '../features/tiers/messages';
import { importsMessages } from '../features/imports/messages';
import { policiesMessages } from '../features/policies/messages';
import { meetingsMessages } from '../features/meetings/messages';
import { planningMessages } from '../features/planning/messages';
import { pricesMessages } from '../features/prices/messages';
import { dumpingMessages } from '../features/dumping/messages';
import { competitorsMessages } from '../features/competitors/messages';
import { dashboardsMessages } from '../features/dashboards/messages';

/** Namespaced feature messages, by namespace. */
export const featureMessages = {
  archive: archiveMessages,
  visits: visitsMessages,
  territories: territoriesMessages,
  classes: classesMessages,
  tiers: tiersMessages,
  imports: importsMessages,
  policies: policiesMessages,
  meetings: meetingsMessages,
  planning: planningMessages,
  prices: pricesMessages,
  dumping: dumpingMessages,
  competitors: competitorsMessages,
  dashboards: dashboardsMessages,
} as const;

/** The message tree of one namespace (its Chinese shape is the reference). */
export type FeatureNamespaces = { [K in keyof typeof featureMessages]: (typeof featureMessages)[K] extends { 'zh-CN': infer M } ? M : never };
