import { Anchor, Button, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryError } from '../../../components/ui/query-error';
import { isApiError } from '../../../lib/api-error';
import type { PatientRecord } from '../../../types/api';
import { useClinicClock } from '../../clinic';
import { FamilyPanel } from '../../family';
import { isPatientId, patientRecordQueryKey, usePatientRecord } from '../api/get-patient-record';
import { ContactDetails } from './contact-details';
import { EditPatientModal } from './edit-patient-modal';
import { MedicalAlertsPanel } from './medical-alerts-panel';
import { VisitHistory } from './visit-history';

interface PatientRecordViewProps {
  patientId: number;
  /** Where the list of patients is, for the way back. */
  listPath: string;
}

/** One patient's record for the team: alerts first, then details, notes and every visit. */
export function PatientRecordView({ patientId, listPath }: PatientRecordViewProps) {
  const { t } = useTranslation('patients');
  const record = usePatientRecord(patientId);
  const clock = useClinicClock();
  const [isEditing, setIsEditing] = useState(false);
  const queryClient = useQueryClient();
  const back = (
    <Anchor component={Link} to={listPath} size="sm">
      <span aria-hidden="true">← </span>
      {t('record.back')}
    </Anchor>
  );

  if (record.error || !isPatientId(patientId)) {
    return (
      <Stack gap="lg">
        {back}
        {!record.error || isApiError(record.error, 404) ? (
          <EmptyState
            title={t('record.notFoundTitle')}
            description={t('record.notFoundDescription')}
          />
        ) : (
          <QueryError
            title={t('record.loadError')}
            error={record.error}
            onRetry={() => void record.refetch()}
          />
        )}
      </Stack>
    );
  }
  if (!record.data) {
    return (
      <Stack gap="lg" role="status" aria-label={t('record.loading')}>
        {back}
        <Skeleton height={36} width="40%" />
        <Skeleton height={80} />
        <Skeleton height={240} />
      </Stack>
    );
  }

  const { patient } = record.data;
  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={patient.name}
        action={<Button onClick={() => setIsEditing(true)}>{t('record.edit')}</Button>}
      />
      <MedicalAlertsPanel alerts={patient.medicalAlerts ?? []} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ContactDetails patient={patient} today={clock?.today} />
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="patient-notes">
          <Title order={2} size="h4" mb="sm" id="patient-notes">
            {t('notes.title')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {patient.notes || (
              <Text span c="dimmed">
                {t('notes.none')}
              </Text>
            )}
          </Text>
        </Paper>
      </SimpleGrid>
      <FamilyPanel
        patient={patient}
        dependants={record.data.dependants}
        recordPath={(id) => listPath.replace(/\/?$/, `/${id}`)}
        onChanged={(changed) =>
          // Updated in place: asking for the record again would log another opening.
          queryClient.setQueryData<PatientRecord>(patientRecordQueryKey(patientId), (r) =>
            r ? { ...r, patient: changed } : r,
          )
        }
      />
      <VisitHistory record={record.data} />
      <Text size="xs" c="dimmed">
        {t('record.audited')}
      </Text>
      {isEditing ? (
        <EditPatientModal patient={patient} onClose={() => setIsEditing(false)} />
      ) : null}
    </Stack>
  );
}
