import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { PatientAppointments } from '../../../features/appointments/components/patient-appointments';
import { RequestAppointmentModal } from '../../../features/appointments/components/request-appointment-modal-lazy';
import { ClinicContactCard } from '../../../features/clinic';

export function PatientAppointmentsRoute() {
  const { t } = useTranslation('app');
  const [isRequestOpen, requestModal] = useDisclosure(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('pages.myAppointments')}
        action={<Button onClick={requestModal.open}>{t('pages.requestAppointment')}</Button>}
      />
      <PatientAppointments onRequest={requestModal.open} />
      {/* For what cannot be done online: a visit past the cut-off, or a question. */}
      <ClinicContactCard />
      {isRequestOpen ? <RequestAppointmentModal onClose={requestModal.close} /> : null}
    </Stack>
  );
}
