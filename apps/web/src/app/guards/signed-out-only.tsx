import { Navigate, Outlet, useLocation } from 'react-router';
import { dashboardPath } from '../../lib/session';
import type { User } from '../../types/api';
import { SessionGate } from './session-gate';

/** Returns a user to the page that sent them to sign in, if that page is theirs to see. */
function landingPath(user: User, from: unknown): string {
  const home = dashboardPath(user.role);
  if (typeof from === 'string' && (from === home || from.startsWith(`${home}/`))) return from;
  return home;
}

export function SignedOutOnly() {
  const location = useLocation();
  const from: unknown = (location.state as { from?: unknown } | null)?.from;
  return (
    <SessionGate>
      {({ needsSetup, user }) => {
        if (needsSetup) return <Navigate to="/setup" replace />;
        if (user) return <Navigate to={landingPath(user, from)} replace />;
        return <Outlet />;
      }}
    </SessionGate>
  );
}
