import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface TimeFieldProps extends Omit<AutocompleteProps, 'data' | 'value' | 'onChange' | 'label'> {
  label: string;
  /** `HH:MM`, or whatever the user has typed so far. */
  value: string;
  onChange: (value: string) => void;
  /** The times offered in the list; any other `HH:MM` may still be typed. */
  options: readonly string[];
}

/** A 24-hour time typed as `HH:MM` or picked from a list of usual start times. */
export function TimeField({ label, value, onChange, options, ...props }: TimeFieldProps) {
  const { t } = useTranslation();
  return (
    <Autocomplete
      label={label}
      placeholder={t('timeField.placeholder')}
      autoComplete="off"
      spellCheck={false}
      maxDropdownHeight={240}
      data={[...options]}
      value={value}
      onChange={onChange}
      {...props}
    />
  );
}
