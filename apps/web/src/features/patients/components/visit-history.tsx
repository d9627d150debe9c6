import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatLongDate, formatNumber, formatTime } from '../../../lib/dates';
import type { PatientRecord } from '../../../types/api';

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} lh={1.2}>
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}

/** Every visit, newest first, with what became of it, and the counts over all of them. */
export function VisitHistory({ record }: { record: PatientRecord }) {
  const { t } = useTranslation('patients');
  const { counts, visits } = record;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="visit-history">
      <Title order={2} size="h4" mb="sm" id="visit-history">
        {t('visits.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm" mb="md">
        <Count label={t('visits.counts.visits')} value={counts.visits} />
        <Count label={t('visits.counts.completed')} value={counts.completed} />
        <Count label={t('visits.counts.noShow')} value={counts.noShow} />
        <Count label={t('visits.counts.cancelled')} value={counts.cancelled} />
        <Count label={t('visits.counts.upcoming')} value={counts.upcoming} />
      </SimpleGrid>
      {visits.length === 0 ? (
        <EmptyState title={t('visits.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('visits.date')}</Table.Th>
                <Table.Th>{t('visits.time')}</Table.Th>
                <Table.Th>{t('visits.service')}</Table.Th>
                <Table.Th>{t('visits.dentist')}</Table.Th>
                <Table.Th>{t('visits.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visits.map((visit) => (
                <Table.Tr key={visit.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatLongDate(visit.date)}</Table.Td>
                  <Table.Td>{formatTime(visit.time)}</Table.Td>
                  <Table.Td>{visit.serviceName ?? t('visits.none')}</Table.Td>
                  <Table.Td>{visit.dentistName ?? t('visits.none')}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={visit.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {counts.visits > visits.length ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('visits.shown', { shown: visits.length, count: counts.visits })}
        </Text>
      ) : null}
    </Paper>
  );
}
