import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NOT_APPLICABLE } from '../utils/report-format';

/** One formatted figure; a dash alone would be read out as punctuation, or not at all. */
export function ReportFigure({ text }: { text: string }) {
  const { t } = useTranslation('reports');
  if (text !== NOT_APPLICABLE) return text;
  return (
    <>
      <span aria-hidden="true">{NOT_APPLICABLE}</span>
      <VisuallyHidden>{t('table.notApplicable')}</VisuallyHidden>
    </>
  );
}
