import { isRealDate } from '@clinic/domain';
import { Button, Group } from '@mantine/core';
import { DateField } from '../../../components/ui/date-field';
import { useDraft } from '../hooks/use-draft';

const isDateOrEmpty = (value: string) => value === '' || isRealDate(value);

interface DateFilterFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or '' for no limit. */
  value: string;
  onChange: (value: string) => void;
}

/** A date filter that passes on only whole dates (or none), so half-typed ones never reach the address. */
function DateFilterField({ label, value, onChange }: DateFilterFieldProps) {
  const [draft, setDraft] = useDraft(value, onChange, { accept: isDateOrEmpty });
  return (
    <DateField
      label={label}
      placeholder="Any date (YYYY-MM-DD)"
      value={draft}
      onChange={setDraft}
      error={isDateOrEmpty(draft) ? undefined : 'Use YYYY-MM-DD'}
    />
  );
}

interface DateRangeFiltersProps {
  from: string;
  to: string;
  onChange: (change: { from: string } | { to: string }) => void;
  isFiltered: boolean;
  onReset: () => void;
}

/** The From and To fields that end a row of filters, then Reset while anything is filtered. */
export function DateRangeFilters({
  from,
  to,
  onChange,
  isFiltered,
  onReset,
}: DateRangeFiltersProps) {
  return (
    <>
      <DateFilterField label="From" value={from} onChange={(value) => onChange({ from: value })} />
      <DateFilterField label="To" value={to} onChange={(value) => onChange({ to: value })} />
      {isFiltered ? (
        <Group align="flex-end">
          <Button variant="subtle" onClick={onReset}>
            Reset filters
          </Button>
        </Group>
      ) : null}
    </>
  );
}
