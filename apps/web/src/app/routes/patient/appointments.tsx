import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PageHeader } from '../../../components/ui/page-header';
import { PatientAppointments } from '../../../features/appointments/components/patient-appointments';
import { RequestAppointmentModal } from '../../../features/appointments/components/request-appointment-modal-lazy';

export function PatientAppointmentsRoute() {
  const [isRequestOpen, requestModal] = useDisclosure(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title="My appointments"
        action={<Button onClick={requestModal.open}>Request appointment</Button>}
      />
      <PatientAppointments onRequest={requestModal.open} />
      {isRequestOpen ? <RequestAppointmentModal onClose={requestModal.close} /> : null}
    </Stack>
  );
}
