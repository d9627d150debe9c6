import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoader } from '../components/ui/page-loader';
import { AppointmentLiveSync } from '../features/appointments/components/appointment-live-sync';
import { LiveEventsProvider } from '../features/events/components/live-events-provider';
import { LiveStatusNotice } from '../features/events/components/live-status-notice';
import type { Role } from '../types/api';
import { HomeRedirect } from './guards/home-redirect';
import { RequireRole } from './guards/require-role';
import { SetupOnly } from './guards/setup-only';
import { SignedOutOnly } from './guards/signed-out-only';
import { AuthLayout } from './layouts/auth-layout';
import { DashboardLayout } from './layouts/dashboard-layout';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

// Pages load on demand so that signing in does not download every role's screens.
const patientsPage = async () => ({
  Component: (await import('./routes/shared/patients')).PatientsRoute,
});
const appointmentsPage = async () => ({
  Component: (await import('./routes/shared/appointments')).AppointmentsRoute,
});
const calendarPage = async () => ({
  Component: (await import('./routes/shared/calendar')).CalendarRoute,
});

function roleArea(role: Role, children: RouteObject[]): RouteObject {
  return {
    path: role,
    element: (
      <RequireRole role={role}>
        {/* One live stream for the whole signed-in area, so it survives moving between pages. */}
        <LiveEventsProvider>
          <AppointmentLiveSync role={role} />
          <LiveStatusNotice />
          <DashboardLayout role={role} />
        </LiveEventsProvider>
      </RequireRole>
    ),
    children,
  };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        element: <SetupOnly />,
        children: [
          {
            element: <AuthLayout />,
            children: [
              {
                path: 'setup',
                lazy: async () => ({
                  Component: (await import('./routes/auth/setup')).SetupRoute,
                }),
              },
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
              {
                path: 'login',
                lazy: async () => ({
                  Component: (await import('./routes/auth/login')).LoginRoute,
                }),
              },
              {
                path: 'register',
                lazy: async () => ({
                  Component: (await import('./routes/auth/register')).RegisterRoute,
                }),
              },
            ],
          },
        ],
      },
      roleArea('owner', [
        {
          index: true,
          lazy: async () => ({ Component: (await import('./routes/owner/home')).OwnerHomeRoute }),
        },
        {
          path: 'staff',
          lazy: async () => ({ Component: (await import('./routes/owner/staff')).OwnerStaffRoute }),
        },
        { path: 'appointments', lazy: appointmentsPage },
        { path: 'calendar', lazy: calendarPage },
        { path: 'patients', lazy: patientsPage },
        {
          path: 'services',
          lazy: async () => ({
            Component: (await import('./routes/owner/services')).OwnerServicesRoute,
          }),
        },
        {
          path: 'settings',
          lazy: async () => ({
            Component: (await import('./routes/owner/settings')).OwnerSettingsRoute,
          }),
        },
        {
          path: 'audit',
          lazy: async () => ({ Component: (await import('./routes/owner/audit')).OwnerAuditRoute }),
        },
        {
          path: 'reports',
          lazy: async () => ({
            Component: (await import('./routes/owner/reports')).OwnerReportsRoute,
          }),
        },
      ]),
      roleArea('staff', [
        {
          index: true,
          lazy: async () => ({ Component: (await import('./routes/staff/home')).StaffHomeRoute }),
        },
        { path: 'appointments', lazy: appointmentsPage },
        { path: 'calendar', lazy: calendarPage },
        { path: 'patients', lazy: patientsPage },
      ]),
      roleArea('patient', [
        {
          index: true,
          lazy: async () => ({
            Component: (await import('./routes/patient/home')).PatientHomeRoute,
          }),
        },
        {
          path: 'appointments',
          lazy: async () => ({
            Component: (await import('./routes/patient/appointments')).PatientAppointmentsRoute,
          }),
        },
        {
          path: 'profile',
          lazy: async () => ({
            Component: (await import('./routes/patient/profile')).PatientProfileRoute,
          }),
        },
      ]),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
