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
        // With the query: a link from a message opens one visit's move dialog after sign-in.
        if (!user) {
          const from = location.pathname + location.search;
          return <Navigate to="/login" replace state={{ from }} />;
        }
        if (user.role !== role) return <Navigate to={dashboardPath(user.role)} replace />;
        return children;
      }}
    </SessionGate>
  );
}
