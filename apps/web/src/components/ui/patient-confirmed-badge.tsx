import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function CheckIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <path
        d="m4 12.5 5 5L20 6.5"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * "Confirmed by patient": the patient said they will come (through the link in a message, by
 * text, or to the front desk on the phone). Shown wherever the team meets the visit, and to
 * the patient on their own card; nothing while they have not. `when`, the moment written
 * out, goes in a tooltip.
 */
export function PatientConfirmedBadge({
  at,
  when,
}: {
  at: string | null | undefined;
  when?: string | undefined;
}) {
  const { t } = useTranslation('appointments');
  if (!at) return null;
  const badge = (
    <Badge
      color="teal"
      leftSection={<CheckIcon />}
      miw="max-content"
      data-testid="patient-confirmed-badge"
      {...(when ? { tabIndex: 0 } : {})}
    >
      {t('patientConfirmed.badge')}
    </Badge>
  );
  if (!when) return badge;
  return (
    <Tooltip
      label={t('patientConfirmed.when', { when })}
      events={{ hover: true, focus: true, touch: true }}
    >
      {badge}
    </Tooltip>
  );
}
