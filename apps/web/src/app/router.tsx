import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { matchRoutes, Outlet, type RouteObject, useLocation, useRoutes } from 'react-router';
import { PageLoader } from '../components/ui/page-loader';
import { i18n, namespaces } from '../lib/i18n';
import { reloadablePage } from '../lib/reloadable-page';
import type { Role } from '../types/api';
import { HomeRedirect } from './guards/home-redirect';
import { RequireRole } from './guards/require-role';
import { SetupOnly } from './guards/setup-only';
import { SignedOutOnly } from './guards/signed-out-only';
import { AuthLayout } from './layouts/auth-layout';
import { NotFoundRoute } from './routes/not-found';
import { PageSlot } from './routes/page-slot';
import { RouteErrorBoundary } from './routes/route-error-boundary';

// Routes are plain elements rather than a data router: no page loads data through the router,
// and the data router alone weighed about 15 kB compressed on every page, the sign-in page's
// included. Every page and the signed-in area load on demand, so signing in does not download
// every role's screens.

type PageModule = () => Promise<unknown>;

interface PageHandle {
  /** Starts downloading the page, so that a layout can fetch it alongside its own code. */
  preload: PageModule;
}

/** A page that loads on first visit; `name` is the component the module exports. */
function page<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M,
): { element: ReactNode; handle: PageHandle } {
  const handle: PageHandle = { preload: load };
  pagesMade += 1;
  // A key of its own, so that moving between two pages never hands one page's failure to the
  // other: React would otherwise keep the slot, and its state, at the same place in the layout.
  return { element: <PageSlot key={pagesMade} page={reloadablePage(load, name)} />, handle };
}

let pagesMade = 0;

const loadSignedInArea = () => import('./layouts/signed-in-area');
const SignedInArea = lazy(async () => ({ default: (await loadSignedInArea()).SignedInArea }));

const patientsPage = () => page(() => import('./routes/shared/patients'), 'PatientsRoute');
const patientRecordPage = () =>
  page(() => import('./routes/shared/patient-record'), 'PatientRecordRoute');
const appointmentsPage = () =>
  page(() => import('./routes/shared/appointments'), 'AppointmentsRoute');
const calendarPage = () => page(() => import('./routes/shared/calendar'), 'CalendarRoute');
const dayBoardPage = () => page(() => import('./routes/shared/day-board'), 'DayBoardRoute');
const teamProfilePage = () => page(() => import('./routes/shared/profile'), 'TeamProfileRoute');

function RoleArea({ role, pages }: { role: Role; pages: RouteObject[] }) {
  const location = useLocation();
  useEffect(() => {
    // Fetched while the session is checked, rather than one after the other once it is.
    void loadRoleArea();
    for (const match of matchRoutes(pages, location, `/${role}`) ?? []) {
      void (match.route.handle as PageHandle | undefined)?.preload();
    }
  }, [location, pages, role]);
  return (
    <RequireRole role={role}>
      <Suspense fallback={<PageLoader />}>
        <SignedInArea role={role} />
      </Suspense>
    </RequireRole>
  );
}

function loadRoleArea(): Promise<unknown> {
  // The signed-in pages' texts (only the sign-in page's come with the first download), once
  // when the area opens, alongside its code rather than after it.
  void i18n.loadNamespaces([...namespaces]);
  return loadSignedInArea();
}

function roleArea(role: Role, children: RouteObject[]): RouteObject {
  const handle: PageHandle = { preload: loadRoleArea };
  return { path: role, element: <RoleArea role={role} pages={children} />, children, handle };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Outlet />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        element: <SetupOnly />,
        children: [
          {
            element: <AuthLayout />,
            children: [
              { path: 'setup', ...page(() => import('./routes/auth/setup'), 'SetupRoute') },
            ],
          },
        ],
      },
      {
        element: <SignedOutOnly />,
        children: [
          {
            element: <AuthLayout />,
            children: [
              { path: 'login', ...page(() => import('./routes/auth/login'), 'LoginRoute') },
              {
                path: 'register',
                ...page(() => import('./routes/auth/register'), 'RegisterRoute'),
              },
              {
                path: 'forgot-password',
                ...page(() => import('./routes/auth/forgot-password'), 'ForgotPasswordRoute'),
              },
            ],
          },
        ],
      },
      // Links from emails open whether or not someone is signed in on this browser.
      {
        element: <AuthLayout />,
        children: [
          {
            path: 'reset-password',
            ...page(() => import('./routes/auth/reset-password'), 'ResetPasswordRoute'),
          },
          {
            path: 'verify-email',
            ...page(() => import('./routes/auth/verify-email'), 'VerifyEmailRoute'),
          },
          {
            path: 'visit-answer',
            ...page(() => import('./routes/auth/visit-answer'), 'VisitAnswerRoute'),
          },
          {
            path: 'unsubscribe',
            ...page(() => import('./routes/auth/unsubscribe'), 'UnsubscribeRoute'),
          },
        ],
      },
      roleArea('owner', [
        { index: true, ...page(() => import('./routes/owner/home'), 'OwnerHomeRoute') },
        { path: 'staff', ...page(() => import('./routes/owner/staff'), 'OwnerStaffRoute') },
        { path: 'day', ...dayBoardPage() },
        { path: 'appointments', ...appointmentsPage() },
        { path: 'calendar', ...calendarPage() },
        { path: 'patients', ...patientsPage() },
        { path: 'patients/:id', ...patientRecordPage() },
        {
          path: 'services',
          ...page(() => import('./routes/owner/services'), 'OwnerServicesRoute'),
        },
        {
          path: 'settings',
          ...page(() => import('./routes/owner/settings'), 'OwnerSettingsRoute'),
        },
        { path: 'audit', ...page(() => import('./routes/owner/audit'), 'OwnerAuditRoute') },
        { path: 'reports', ...page(() => import('./routes/owner/reports'), 'OwnerReportsRoute') },
        { path: 'profile', ...teamProfilePage() },
        {
          path: 'schedule',
          ...page(() => import('./routes/owner/schedule'), 'OwnerScheduleRoute'),
        },
      ]),
      roleArea('staff', [
        { index: true, ...page(() => import('./routes/staff/home'), 'StaffHomeRoute') },
        { path: 'day', ...dayBoardPage() },
        { path: 'appointments', ...appointmentsPage() },
        { path: 'calendar', ...calendarPage() },
        { path: 'patients', ...patientsPage() },
        { path: 'patients/:id', ...patientRecordPage() },
        { path: 'time-off', ...page(() => import('./routes/staff/time-off'), 'StaffTimeOffRoute') },
        { path: 'profile', ...teamProfilePage() },
      ]),
      roleArea('patient', [
        { index: true, ...page(() => import('./routes/patient/home'), 'PatientHomeRoute') },
        {
          path: 'appointments',
          ...page(() => import('./routes/patient/appointments'), 'PatientAppointmentsRoute'),
        },
        {
          path: 'profile',
          ...page(() => import('./routes/patient/profile'), 'PatientProfileRoute'),
        },
      ]),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/**
 * Starts fetching the code (and texts) of the page at `pathname` before the first render, so
 * that it travels alongside the session check instead of after the first render.
 */
export function preloadPage(pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    void (match.route.handle as PageHandle | undefined)?.preload();
  }
}

/** The page for the address, or the error page when one fails to load or to render. */
export function AppRoutes() {
  return <RouteErrorBoundary>{useRoutes(routes)}</RouteErrorBoundary>;
}
