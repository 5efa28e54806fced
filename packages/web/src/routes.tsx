import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from './features/auth/require-auth';
import { LoginPage } from './features/auth/login-page';
import { AppShell } from './features/shell/app-shell';
import { AccountsPage } from './features/accounts/accounts-page';
import { NotFoundPage } from './ui/not-found-page';
import { PageSpin } from './ui/page-spin';
import { RequireRole } from './features/auth/require-role';

// Pages that pull in Leaflet or ECharts load on demand so the list and login stay light on a phone.
const AccountPage = lazy(() => import('./features/account/account-page').then((m) => ({ default: m.AccountPage })));
const MapPage = lazy(() => import('./features/map/map-page').then((m) => ({ default: m.MapPage })));
const UsersPage = lazy(() => import('./features/users/users-page').then((m) => ({ default: m.UsersPage })));
const LeadsPage = lazy(() => import('./features/leads/leads-page').then((m) => ({ default: m.LeadsPage })));
const ProductsPage = lazy(() => import('./features/products/products-page').then((m) => ({ default: m.ProductsPage })));
const VisitsPage = lazy(() => import('./features/visits/visits-page').then((m) => ({ default: m.VisitsPage })));
const NewVisitPage = lazy(() => import('./features/visits/new-visit-page').then((m) => ({ default: m.NewVisitPage })));
const TodayPage = lazy(() => import('./features/today/today-page').then((m) => ({ default: m.TodayPage })));
const PromisesPage = lazy(() => import('./features/promises/promises-page').then((m) => ({ default: m.PromisesPage })));
const VisitPage = lazy(() => import('./features/visits/visit-page').then((m) => ({ default: m.VisitPage })));

const TerritoriesPage = lazy(() => import('./features/territories/territories-page').then((m) => ({ default: m.TerritoriesPage })));
const ClassesPage = lazy(() => import('./features/classes/classes-page').then((m) => ({ default: m.ClassesPage })));
const TiersPage = lazy(() => import('./features/tiers/tiers-page').then((m) => ({ default: m.TiersPage })));
const PoliciesPage = lazy(() => import('./features/policies/policies-page').then((m) => ({ default: m.PoliciesPage })));
const MeetingsPage = lazy(() => import('./features/meetings/meetings-page').then((m) => ({ default: m.MeetingsPage })));
const MeetingPage = lazy(() => import('./features/meetings/meeting-page').then((m) => ({ default: m.MeetingPage })));
const ImportWizard = lazy(() => import('./features/imports/import-wizard').then((m) => ({ default: m.ImportWizard })));
const PlanningPage = lazy(() => import('./features/planning/planning-page').then((m) => ({ default: m.PlanningPage })));
const PricesPage = lazy(() => import('./features/prices/prices-page').then((m) => ({ default: m.PricesPage })));
const DumpingPage = lazy(() => import('./features/dumping/dumping-page').then((m) => ({ default: m.DumpingPage })));
const CasePage = lazy(() => import('./features/dumping/case-page').then((m) => ({ default: m.CasePage })));
const CompetitorsPage = lazy(() => import('./features/competitors/competitors-page').then((m) => ({ default: m.CompetitorsPage })));

const DashboardsPage = lazy(() => import('./features/dashboards/dashboards-page').then((m) => ({ default: m.DashboardsPage })));
const ReportPage = lazy(() => import('./features/dashboards/report-page').then((m) => ({ default: m.ReportPage })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageSpin />}>{children}</Suspense>;
}

/** Every page of the app; pages behind RequireAuth need a session. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<Navigate to="/accounts" replace />} />
        <Route path="accounts" element={<AccountsPage />} />
        <Route path="accounts/:id" element={<Lazy><AccountPage /></Lazy>} />
        <Route path="map" element={<Lazy><MapPage /></Lazy>} />
        <Route path="users" element={<RequireRole role="hq"><Lazy><UsersPage /></Lazy></RequireRole>} />
        <Route path="products" element={<RequireRole role="hq"><Lazy><ProductsPage /></Lazy></RequireRole>} />
        <Route path="leads" element={<Lazy><LeadsPage /></Lazy>} />
        <Route path="today" element={<Lazy><TodayPage /></Lazy>} />
        <Route path="promises" element={<Lazy><PromisesPage /></Lazy>} />
        <Route path="visits" element={<Lazy><VisitsPage /></Lazy>} />
        <Route path="visits/new" element={<Lazy><NewVisitPage /></Lazy>} />
        <Route path="visits/:id" element={<Lazy><VisitPage /></Lazy>} />
        <Route path="territories" element={<Lazy><TerritoriesPage /></Lazy>} />
        <Route path="classes" element={<Lazy><ClassesPage /></Lazy>} />
        <Route path="tiers" element={<Lazy><TiersPage /></Lazy>} />
        <Route path="imports" element={<RequireRole role="hq"><Lazy><ImportWizard /></Lazy></RequireRole>} />
        <Route path="planning" element={<Lazy><PlanningPage /></Lazy>} />
        <Route path="policies" element={<Lazy><PoliciesPage /></Lazy>} />
        <Route path="meetings" element={<Lazy><MeetingsPage /></Lazy>} />
        <Route path="meetings/:id" element={<Lazy><MeetingPage /></Lazy>} />
        <Route path="prices" element={<Lazy><PricesPage /></Lazy>} />
        <Route path="dumping" element={<Lazy><DumpingPage /></Lazy>} />
        <Route path="dumping/:id" element={<Lazy><CasePage /></Lazy>} />
        <Route path="competitors" element={<Lazy><CompetitorsPage /></Lazy>} />
        <Route path="dashboards" element={<Lazy><DashboardsPage /></Lazy>} />
        <Route path="dashboards/report" element={<Lazy><ReportPage /></Lazy>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
