import { Navigate, Outlet } from 'react-router';
import { dashboardPath } from '../../lib/session';
import { SessionGate } from './session-gate';

export function SetupOnly() {
  return (
    <SessionGate>
      {({ needsSetup, user }) => {
        // The owner who just finished setup is signed in and belongs on their dashboard.
        if (user) return <Navigate to={dashboardPath(user.role)} replace />;
        if (!needsSetup) return <Navigate to="/login" replace />;
        return <Outlet />;
      }}
    </SessionGate>
  );
}
