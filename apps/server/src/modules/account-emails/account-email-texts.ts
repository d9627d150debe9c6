import type { AccountLinkPurpose, Language } from '@clinic/domain';

interface Wording {
  subject: string;
  /** The paragraphs before the link. */
  opening: string;
  /** The paragraphs after it. */
  closing: string;
}

type AccountTexts = { hello: (name: string) => string } & Record<AccountLinkPurpose, Wording>;

const TEXTS: Record<Language, AccountTexts> = {
  en: {
    hello: (name) => `Hello ${name},`,
    password_reset: {
      subject: 'Choose a new password',
      opening:
        'Someone asked to choose a new password for your account. To do it, open this link within 30 minutes:',
      closing:
        'The link works once. If you did not ask for it, ignore this email: your password stays as it is.',
    },
    email_verification: {
      subject: 'Confirm your email address',
      opening:
        'Please confirm that this is your email address by opening this link within 48 hours:',
      closing: 'If you did not give this address to the clinic, ignore this email.',
    },
  },
  es: {
    hello: (name) => `Hola, ${name}:`,
    password_reset: {
      subject: 'Elija una nueva contraseña',
      opening:
        'Alguien ha pedido elegir una nueva contraseña para su cuenta. Para hacerlo, abra este enlace en los próximos 30 minutos:',
      closing:
        'El enlace funciona una sola vez. Si no lo ha pedido usted, ignore este correo: su contraseña no cambia.',
    },
    email_verification: {
      subject: 'Confirme su dirección de correo',
      opening:
        'Confirme que esta es su dirección de correo abriendo este enlace en las próximas 48 horas:',
      closing: 'Si no ha dado esta dirección a la clínica, ignore este correo.',
    },
  },
  de: {
    hello: (name) => `Guten Tag ${name},`,
    password_reset: {
      subject: 'Neues Passwort wählen',
      opening:
        'Für Ihr Konto wurde ein neues Passwort angefordert. Öffnen Sie dazu innerhalb von 30 Minuten diesen Link:',
      closing:
        'Der Link funktioniert einmal. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.',
    },
    email_verification: {
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse',
      opening:
        'Bitte bestätigen Sie, dass dies Ihre E-Mail-Adresse ist, indem Sie innerhalb von 48 Stunden diesen Link öffnen:',
      closing:
        'Wenn Sie diese Adresse der Praxis nicht gegeben haben, ignorieren Sie diese E-Mail.',
    },
  },
  fr: {
    hello: (name) => `Bonjour ${name},`,
    password_reset: {
      subject: 'Choisissez un nouveau mot de passe',
      opening:
        'Quelqu’un a demandé à choisir un nouveau mot de passe pour votre compte. Pour cela, ouvrez ce lien dans les 30 minutes :',
      closing:
        'Le lien ne fonctionne qu’une fois. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.',
    },
    email_verification: {
      subject: 'Confirmez votre adresse e-mail',
      opening:
        'Merci de confirmer qu’il s’agit bien de votre adresse en ouvrant ce lien dans les 48 heures :',
      closing: 'Si vous n’avez pas donné cette adresse au cabinet, ignorez ce message.',
    },
  },
};

/** Plain text, like the visit emails: the link is written out, so the reader sees where it goes. */
export function composeAccountEmail(
  purpose: AccountLinkPurpose,
  facts: { language: Language; recipientName: string; clinicName: string; link: string },
): { subject: string; text: string } {
  const texts = TEXTS[facts.language];
  const wording = texts[purpose];
  const text = [
    texts.hello(facts.recipientName),
    '',
    wording.opening,
    '',
    facts.link,
    '',
    wording.closing,
    '',
    facts.clinicName,
  ].join('\n');
  return { subject: `${wording.subject} – ${facts.clinicName}`, text };
}
