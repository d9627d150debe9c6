import type { Language } from '@clinic/domain';

/** How a message about a visit offers the patient's answers (decision 040), in one language. */
export interface AnswerLinkTexts {
  question: string;
  attend: string;
  cancel: string;
  move: string;
  /** Past the clinic's cut-off only "I'll be there" is offered; a change needs a call. */
  phoneToChange: (phone: string) => string;
}

const TEXTS: Record<Language, AnswerLinkTexts> = {
  en: {
    question: 'Will you come? Let the clinic know with one click:',
    attend: 'I’ll be there',
    cancel: 'I can’t come',
    move: 'Choose another time',
    phoneToChange: (phone) =>
      `It is too late to cancel or move this visit online; please phone the clinic${phone ? ` at ${phone}` : ''}.`,
  },
  es: {
    question: '¿Vendrá? Indíquelo a la clínica con un clic:',
    attend: 'Allí estaré',
    cancel: 'No puedo ir',
    move: 'Elegir otra hora',
    phoneToChange: (phone) =>
      `Ya es tarde para cancelar o cambiar esta cita en línea; llame a la clínica${phone ? ` al ${phone}` : ''}.`,
  },
  de: {
    question: 'Kommen Sie? Geben Sie der Praxis mit einem Klick Bescheid:',
    attend: 'Ich komme',
    cancel: 'Ich kann nicht kommen',
    move: 'Andere Zeit wählen',
    phoneToChange: (phone) =>
      `Für eine Absage oder Verlegung online ist es zu spät; bitte rufen Sie die Praxis${phone ? ` unter ${phone}` : ''} an.`,
  },
  fr: {
    question: 'Viendrez-vous ? Répondez au cabinet en un clic :',
    attend: 'Je serai là',
    cancel: 'Je ne peux pas venir',
    move: 'Choisir un autre horaire',
    phoneToChange: (phone) =>
      `Il est trop tard pour annuler ou déplacer ce rendez-vous en ligne ; merci d’appeler le cabinet${phone ? ` au ${phone}` : ''}.`,
  },
};

export function answerLinkTexts(language: Language): AnswerLinkTexts {
  return TEXTS[language];
}

/** The lines a message gains for the links it carries, blank line after. */
export function answerLinkLines(
  language: Language,
  links: { attend: string; cancel: string | null; move: string | null; clinicPhone: string },
): string[] {
  const texts = answerLinkTexts(language);
  return [
    texts.question,
    `  ${texts.attend}: ${links.attend}`,
    ...(links.cancel ? [`  ${texts.cancel}: ${links.cancel}`] : []),
    ...(links.move ? [`  ${texts.move}: ${links.move}`] : []),
    ...(links.cancel ? [] : [texts.phoneToChange(links.clinicPhone)]),
    '',
  ];
}
