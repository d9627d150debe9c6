import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { PatientAccountActions } from '../../../features/patient-data';
import { PatientRecordView } from '../../../features/patients';

/** The same page serves /owner/patients/:id and /staff/patients/:id. */
export function PatientRecordRoute() {
  const user = useCurrentUser();
  const id = Number(useParams().id);
  // Keyed by patient, so moving from one record to another starts a fresh page (and opening).
  return (
    <Stack gap="lg">
      <PatientRecordView key={id} patientId={id} listPath={`/${user.role}/patients`} />
      {user.role === 'owner' ? (
        <PatientAccountActions key={`account-${id}`} patientId={id} />
      ) : null}
    </Stack>
  );
}
