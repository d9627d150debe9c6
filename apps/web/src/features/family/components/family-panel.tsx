import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../lib/api-error';
import { notifySuccess } from '../../../lib/notify';
import type { User } from '../../../types/api';
import { useUpdateUser } from '../../users';
import { LinkGuardianModal } from './link-guardian-modal';

interface FamilyPanelProps {
  patient: User;
  dependants: User[];
  /** Where a patient's record is, by id, for links to the family's other records. */
  recordPath: (id: number) => string;
  /** The patient as they are after a link or unlink, with their guardian's name. */
  onChanged: (patient: User) => void;
}

/**
 * For the team, on a patient's record: who books for this patient (link to a guardian,
 * unlink) and whom this patient books for.
 */
export function FamilyPanel({ patient, dependants, recordPath, onChanged }: FamilyPanelProps) {
  const { t } = useTranslation('family');
  const updateUser = useUpdateUser();
  const [isLinking, setIsLinking] = useState(false);
  const [unlinkError, setUnlinkError] = useState<string | null>(null);

  const unlink = () => {
    setUnlinkError(null);
    updateUser.mutate(
      { id: patient.id, input: { guardian: null } },
      {
        onSuccess: (saved) => {
          notifySuccess(t('panel.unlinked', { name: saved.name }));
          onChanged({ ...saved, guardianName: null });
        },
        onError: (error) => setUnlinkError(describeError(error)),
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="family-panel">
      <Title order={2} size="h4" mb="sm" id="family-panel">
        {t('panel.title')}
      </Title>
      <Stack gap="sm">
        {patient.guardian !== null ? (
          <Group justify="space-between">
            <Text>
              {t('panel.dependantOf')}{' '}
              <Anchor component={Link} to={recordPath(patient.guardian)}>
                {patient.guardianName ?? t('panel.guardian')}
              </Anchor>
            </Text>
            <Button variant="default" size="xs" loading={updateUser.isPending} onClick={unlink}>
              {t('panel.unlink')}
            </Button>
          </Group>
        ) : dependants.length === 0 ? (
          <Group justify="space-between">
            <Text c="dimmed" size="sm">
              {t('panel.none')}
            </Text>
            <Button variant="default" size="xs" onClick={() => setIsLinking(true)}>
              {t('panel.link')}
            </Button>
          </Group>
        ) : null}
        {unlinkError ? (
          <Text c="red.8" size="sm" role="alert">
            {unlinkError}
          </Text>
        ) : null}
        {dependants.length > 0 ? (
          <div>
            <Text size="sm" fw={500}>
              {t('panel.booksFor')}
            </Text>
            <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: '1.2em' }}>
              {dependants.map((person) => (
                <li key={person.id}>
                  <Anchor component={Link} to={recordPath(person.id)}>
                    {person.name}
                  </Anchor>
                </li>
              ))}
            </Stack>
          </div>
        ) : null}
      </Stack>
      {isLinking ? (
        <LinkGuardianModal
          patient={patient}
          onClose={() => setIsLinking(false)}
          onLinked={(saved) => {
            setIsLinking(false);
            onChanged(saved);
          }}
        />
      ) : null}
    </Paper>
  );
}
