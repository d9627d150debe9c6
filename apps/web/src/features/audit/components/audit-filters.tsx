import { AUDIT_ACTIONS, AUDIT_SUBJECTS } from '@clinic/domain';
import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateRangeFilters, PersonSelect } from '../../../components/shared';
import type { User } from '../../../types/api';
import {
  type AuditView,
  type AuditViewChange,
  auditActionVerb,
  isAuditAction,
  isAuditSubject,
} from '../utils/audit-view';

interface AuditFiltersProps {
  view: AuditView;
  /** Who may have made changes: the clinic's team. */
  people: readonly User[];
  onChange: (change: AuditViewChange) => void;
  onReset: () => void;
  isFiltered: boolean;
}

export function AuditFilters({ view, people, onChange, onReset, isFiltered }: AuditFiltersProps) {
  const { t } = useTranslation('audit');
  const subjectOptions = AUDIT_SUBJECTS.map((subject) => ({
    value: subject,
    label: t(`subjects.${subject}`),
  }));
  const actionOptions = AUDIT_ACTIONS.map((action) => ({
    value: action,
    label: auditActionVerb(action, t),
  }));
  return (
    // Five filters and Reset share a row only on the widest screens; elsewhere rows of three.
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm" verticalSpacing="sm">
      <Select
        label={t('filters.kind')}
        placeholder={t('filters.anyKind')}
        data={subjectOptions}
        value={view.subject}
        onChange={(value) => onChange({ subject: isAuditSubject(value) ? value : null })}
        clearable
      />
      <Select
        label={t('filters.action')}
        placeholder={t('filters.anyAction')}
        data={actionOptions}
        value={view.action}
        onChange={(value) => onChange({ action: isAuditAction(value) ? value : null })}
        clearable
      />
      <PersonSelect
        label={t('filters.person')}
        placeholder={t('filters.anyone')}
        people={people}
        value={view.actor}
        onChange={(actor) => onChange({ actor })}
        nothingFoundMessage={t('filters.noPerson')}
      />
      <DateRangeFilters
        from={view.from}
        to={view.to}
        onChange={onChange}
        isFiltered={isFiltered}
        onReset={onReset}
      />
    </SimpleGrid>
  );
}
