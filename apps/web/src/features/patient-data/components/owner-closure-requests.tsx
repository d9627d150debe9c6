import { useClinic } from '../../clinic';
import { ClosureRequestsCard } from './closure-requests-card';

/** The card on the owner's dashboard, on the clinic's clock. */
export function OwnerClosureRequests() {
  const clinic = useClinic();
  return <ClosureRequestsCard timeZone={clinic.data?.timezone ?? 'UTC'} />;
}
