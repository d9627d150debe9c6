import { Navigate } from 'react-router';
import { dashboardPath } from '../../lib/session';
import { SessionGate } from './session-gate';

export function HomeRedirect() {
  return (
    <SessionGate>
      {({ needsSetup, user }) => {
        if (needsSetup) return <Navigate to="/setup" replace />;
        return <Navigate to={user ? dashboardPath(user.role) : '/login'} replace />;
      }}
    </SessionGate>
  );
}
