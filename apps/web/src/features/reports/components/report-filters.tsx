import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateRangeFilters } from '../../../components/shared';
import type { ReportRangeErrors } from '../utils/report-range-errors';
import {
  isPresetChosen,
  type ReportPreset,
  type ReportView,
  type ReportViewChange,
} from '../utils/report-view';

interface ReportFiltersProps {
  view: ReportView;
  presets: readonly ReportPreset[];
  /** The server's messages about the days in the address. */
  errors: ReportRangeErrors;
  onChange: (change: ReportViewChange) => void;
}

/** The quick periods, then From and To for any other. */
export function ReportFilters({ view, presets, errors, onChange }: ReportFiltersProps) {
  const { t } = useTranslation('reports');
  return (
    <Stack gap="sm">
      {/* No Reset button: "Last 4 weeks", the default, is the way back. */}
      <Group gap="xs" role="group" aria-label={t('presets.label')}>
        {presets.map((preset) => {
          const chosen = isPresetChosen(view, preset);
          return (
            <Button
              key={preset.id}
              size="sm"
              variant={chosen ? 'filled' : 'default'}
              aria-pressed={chosen}
              onClick={() => onChange({ from: preset.from, to: preset.to })}
            >
              {t(`presets.${preset.id}`)}
            </Button>
          );
        })}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
        <DateRangeFilters
          from={view.from}
          to={view.to}
          onChange={onChange}
          placeholder={t('datePlaceholder')}
          errors={errors}
        />
      </SimpleGrid>
    </Stack>
  );
}
