import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDependants } from '../api/dependants';

/** The patient themselves. */
export const MYSELF = 'self';

interface ForWhomSelectProps {
  /** MYSELF, or a dependant's id as a string. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * Whom a patient's request is for: themselves or one of the people they book for. Shown only
 * to a patient who has dependants; everyone else books for themselves without being asked.
 */
export function ForWhomSelect({ value, onChange }: ForWhomSelectProps) {
  const { t } = useTranslation('family');
  const dependants = useDependants();
  const people = dependants.data ?? [];
  if (people.length === 0) return null;
  return (
    <Select
      label={t('forWhom.label')}
      data={[
        { value: MYSELF, label: t('forWhom.myself') },
        ...people.map((person) => ({ value: String(person.id), label: person.name })),
      ]}
      allowDeselect={false}
      value={value}
      onChange={(next) => onChange(next ?? MYSELF)}
    />
  );
}

/** The `patient` of a request for `choice`: none for oneself, so the server takes the sender. */
export function patientFor(choice: string): number | undefined {
  return choice === MYSELF ? undefined : Number(choice);
}
