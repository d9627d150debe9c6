import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { EmailConfirmationNotice } from '../../../features/account';
import { PatientAppointments } from '../../../features/appointments/components/patient-appointments';
import { RequestAppointmentModal } from '../../../features/appointments/components/request-appointment-modal-lazy';
import { useCurrentUser } from '../../../features/auth/hooks/use-current-user';
import { ClinicContactCard } from '../../../features/clinic';

export function PatientAppointmentsRoute() {
  const { t } = useTranslation('app');
  const [isRequestOpen, requestModal] = useDisclosure(false);
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('pages.myAppointments')}
        action={<Button onClick={requestModal.open}>{t('pages.requestAppointment')}</Button>}
      />
      {/* A clinic may want the address confirmed before requests: the way to do it is here. */}
      <EmailConfirmationNotice user={user} />
      <PatientAppointments onRequest={requestModal.open} />
      {/* For what cannot be done online: a visit past the cut-off, or a question. */}
      <ClinicContactCard />
      {isRequestOpen ? <RequestAppointmentModal onClose={requestModal.close} /> : null}
    </Stack>
  );
}
