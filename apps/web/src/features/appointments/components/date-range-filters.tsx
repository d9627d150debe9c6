import { isRealDate } from '@clinic/domain';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/ui/date-field';
import { useDraft } from '../hooks/use-draft';

const isDateOrEmpty = (value: string) => value === '' || isRealDate(value);

interface DateFilterFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or '' for no limit. */
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  /** The server's objection to the date in the address, if any. */
  error: string | undefined;
  /** The calendar button's name. */
  pickLabel: string;
}

/** A date filter that passes on only whole dates (or none), so half-typed ones never reach the address. */
function DateFilterField({
  label,
  value,
  onChange,
  placeholder,
  error,
  pickLabel,
}: DateFilterFieldProps) {
  const { t } = useTranslation('appointments');
  const [draft, setDraft] = useDraft(value, onChange, { accept: isDateOrEmpty });
  return (
    <DateField
      label={label}
      placeholder={placeholder}
      pickLabel={pickLabel}
      value={draft}
      onChange={setDraft}
      error={isDateOrEmpty(draft) ? error : t('dateRange.invalid')}
    />
  );
}

interface DateRangeFiltersProps {
  from: string;
  to: string;
  onChange: (change: { from: string } | { to: string }) => void;
  /** Left out by a page that has its own way back to its default view. */
  isFiltered?: boolean;
  onReset?: () => void;
  /** What an empty field means; by default, no limit. */
  placeholder?: string;
  /** The server's messages about the dates, shown under their fields. */
  errors?: { from?: string; to?: string };
}

/** The From and To fields that end a row of filters, then Reset while anything is filtered. */
export function DateRangeFilters({
  from,
  to,
  onChange,
  isFiltered = false,
  onReset,
  placeholder,
  errors = {},
}: DateRangeFiltersProps) {
  const { t } = useTranslation('appointments');
  return (
    <>
      <DateFilterField
        label={t('dateRange.from')}
        pickLabel={t('dateRange.pickFrom')}
        value={from}
        onChange={(value) => onChange({ from: value })}
        placeholder={placeholder ?? t('dateRange.anyDate')}
        error={errors.from}
      />
      <DateFilterField
        label={t('dateRange.to')}
        pickLabel={t('dateRange.pickTo')}
        value={to}
        onChange={(value) => onChange({ to: value })}
        placeholder={placeholder ?? t('dateRange.anyDate')}
        error={errors.to}
      />
      {isFiltered && onReset ? (
        <Group align="flex-end">
          <Button variant="subtle" onClick={onReset}>
            {t('dateRange.reset')}
          </Button>
        </Group>
      ) : null}
    </>
  );
}
