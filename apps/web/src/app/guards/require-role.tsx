import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { dashboardPath } from '../../lib/session';
import type { Role } from '../../types/api';
import { SessionGate } from './session-gate';

/** Keeps each role inside its own area; the API refuses the data anyway. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const location = useLocation();
  return (
    <SessionGate>
      {({ user }) => {
        if (!user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
        if (user.role !== role) return <Navigate to={dashboardPath(user.role)} replace />;
        return children;
      }}
    </SessionGate>
  );
}
