import { useCurrentUser } from '../../auth';
import { useClinic } from '../../clinic';
import { YourDataSection } from './your-data-section';

/** The signed-in patient's "Your data" section, on the clinic's clock. */
export function PatientDataSection() {
  const user = useCurrentUser();
  const clinic = useClinic();
  return <YourDataSection userId={user.id} timeZone={clinic.data?.timezone ?? 'UTC'} />;
}
