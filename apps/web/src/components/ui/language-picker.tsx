import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language, languageNames, languages } from '../../lib/language';

const options = languages.map((language) => ({
  value: language,
  label: languageNames[language],
}));

interface LanguagePickerProps extends Omit<NativeSelectProps, 'value' | 'onChange' | 'data'> {
  onChange: (language: Language) => void;
}

/** Each language is named in itself, so a reader finds theirs whatever the page is shown in. */
export function LanguagePicker({ onChange, ...props }: LanguagePickerProps) {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      data={options}
      value={i18n.resolvedLanguage ?? 'en'}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isLanguage(value)) onChange(value);
      }}
      {...props}
    />
  );
}
