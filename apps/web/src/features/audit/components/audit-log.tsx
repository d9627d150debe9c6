import { Group, Loader, Stack, Text, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClinicSettingsPending } from '../../../components/shared';
import { PagedResults } from '../../../components/ui/paged-results';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { listNavigation } from '../../../lib/list-history';
import { useSearchParamsUpdater } from '../../../lib/use-search-params-updater';
import { AppointmentDialog } from '../../appointments';
import { useClinic } from '../../clinic';
import { useServices } from '../../services';
import { useTeam } from '../../users';
import { useAuditLog } from '../api/get-audit-log';
import { useAuditLiveSync } from '../hooks/use-audit-live-sync';
import { auditNames } from '../utils/audit-names';
import {
  type AuditViewChange,
  applyAuditViewChange,
  isAuditFiltered,
  readAuditView,
} from '../utils/audit-view';
import { openableAppointments } from '../utils/describe-audit-entry';
import { AuditCards } from './audit-cards';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';

const PAGE_SIZE = 50;

function AuditBook({ zone }: { zone: string }) {
  const { t } = useTranslation('audit');
  const [params, updateParams] = useSearchParamsUpdater();
  const view = readAuditView(params);
  const [openId, setOpenId] = useState<number | null>(null);
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`);
  const team = useTeam();
  const services = useServices();
  const log = useAuditLog({
    subject: view.subject ?? undefined,
    actor: view.actor ?? undefined,
    action: view.action ?? undefined,
    dateFrom: view.from || undefined,
    dateTo: view.to || undefined,
    page: view.page,
    pageSize: PAGE_SIZE,
  });
  useAuditLiveSync();
  const change = (next: AuditViewChange) =>
    updateParams((current) => applyAuditViewChange(current, next), listNavigation(next));
  const reset = () => updateParams(() => new URLSearchParams(), { replace: true });
  const filtered = isAuditFiltered(view);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('intro', { zone })}
        </Text>
        {log.isFetching && log.data ? (
          <Loader size="xs" role="status" aria-label={t('refreshing')} />
        ) : null}
      </Group>
      <AuditFilters
        view={view}
        people={team.members ?? []}
        onChange={change}
        onReset={reset}
        isFiltered={filtered}
      />
      <PagedResults
        query={log}
        errorTitle={t('loadError')}
        page={view.page}
        pageSize={PAGE_SIZE}
        onPageChange={(page) => change({ page })}
        compact={Boolean(isPhone)}
        filtered={filtered ? { title: t('noMatch'), onReset: reset } : null}
        empty={{
          title: t('empty.title'),
          description: t('empty.description'),
        }}
      >
        {(entries) => {
          const rows = {
            entries,
            zone,
            // Until they load, ids show as "no longer listed"; the log itself need not wait.
            names: auditNames(entries, team.members ?? [], services.data ?? []),
            openable: openableAppointments(entries),
            onOpen: setOpenId,
          };
          return isPhone ? <AuditCards {...rows} /> : <AuditTable {...rows} />;
        }}
      </PagedResults>
      {openId !== null ? (
        <AppointmentDialog appointmentId={openId} onClose={() => setOpenId(null)} />
      ) : null}
    </Stack>
  );
}

/**
 * Every change to appointments, accounts, services and the clinic settings, who made it and when:
 * the owner's audit log.
 */
export function AuditLog() {
  const clinic = useClinic();
  if (clinic.data) return <AuditBook zone={clinic.data.timezone} />;
  return <ClinicSettingsPending clinic={clinic} placeholder={<TableSkeleton rows={8} />} />;
}
