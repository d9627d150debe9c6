import type { AppointmentStatus, Language } from '@clinic/domain';

/** The printable copy's words, in the patient's language. */
export interface ExportTexts {
  locale: string;
  title: string;
  intro: (clinic: string) => string;
  exportedAt: string;
  controller: string;
  clinicFields: { name: string; phone: string; address: string; email: string };
  account: string;
  accountFields: {
    name: string;
    email: string;
    phone: string;
    language: string;
    dateOfBirth: string;
    contactChannel: string;
    medicalAlerts: string;
    notes: string;
    createdAt: string;
  };
  visits: string;
  visitColumns: { when: string; service: string; dentist: string; status: string; notes: string };
  history: string;
  sessions: string;
  sessionColumns: { createdAt: string; lastSeenAt: string };
  addresses: string;
  accountEvents: string;
  eventColumns: { at: string; action: string; by: string; fields: string };
  none: string;
  statuses: Record<AppointmentStatus, string>;
  printHint: string;
}

const en: ExportTexts = {
  locale: 'en-GB',
  title: 'Your data',
  intro: (clinic) => `Everything ${clinic} holds on you, as of the moment below.`,
  exportedAt: 'Exported',
  controller: 'Data controller',
  clinicFields: { name: 'Clinic', phone: 'Phone', address: 'Address', email: 'Email' },
  account: 'Your account',
  accountFields: {
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    language: 'Language',
    dateOfBirth: 'Date of birth',
    contactChannel: 'Preferred contact',
    medicalAlerts: 'Medical alerts',
    notes: 'The team’s notes',
    createdAt: 'Registered',
  },
  visits: 'Your visits',
  visitColumns: {
    when: 'When',
    service: 'Service',
    dentist: 'Dentist',
    status: 'Status',
    notes: 'Notes',
  },
  history: 'History',
  sessions: 'Open sign-ins',
  sessionColumns: { createdAt: 'Signed in', lastSeenAt: 'Last seen' },
  addresses: 'Addresses you signed in from',
  accountEvents: 'Changes to your account',
  eventColumns: { at: 'When', action: 'What', by: 'By', fields: 'Fields' },
  none: 'None',
  statuses: {
    pending: 'Requested',
    confirmed: 'Confirmed',
    arrived: 'Arrived',
    in_chair: 'In the chair',
    completed: 'Completed',
    cancelled: 'Cancelled',
    no_show: 'Did not come',
  },
  printHint: 'Use your browser’s Print command to print this page or save it as a PDF.',
};

const es: ExportTexts = {
  locale: 'es-ES',
  title: 'Sus datos',
  intro: (clinic) => `Todo lo que ${clinic} guarda sobre usted, en el momento indicado abajo.`,
  exportedAt: 'Exportado',
  controller: 'Responsable del tratamiento',
  clinicFields: { name: 'Clínica', phone: 'Teléfono', address: 'Dirección', email: 'Correo' },
  account: 'Su cuenta',
  accountFields: {
    name: 'Nombre',
    email: 'Correo',
    phone: 'Teléfono',
    language: 'Idioma',
    dateOfBirth: 'Fecha de nacimiento',
    contactChannel: 'Contacto preferido',
    medicalAlerts: 'Alertas médicas',
    notes: 'Notas del equipo',
    createdAt: 'Registro',
  },
  visits: 'Sus visitas',
  visitColumns: {
    when: 'Cuándo',
    service: 'Servicio',
    dentist: 'Dentista',
    status: 'Estado',
    notes: 'Notas',
  },
  history: 'Historial',
  sessions: 'Sesiones abiertas',
  sessionColumns: { createdAt: 'Inicio', lastSeenAt: 'Última actividad' },
  addresses: 'Direcciones desde las que inició sesión',
  accountEvents: 'Cambios en su cuenta',
  eventColumns: { at: 'Cuándo', action: 'Qué', by: 'Por', fields: 'Campos' },
  none: 'Ninguno',
  statuses: {
    pending: 'Solicitada',
    confirmed: 'Confirmada',
    arrived: 'Llegó',
    in_chair: 'En el sillón',
    completed: 'Completada',
    cancelled: 'Cancelada',
    no_show: 'No se presentó',
  },
  printHint: 'Use la orden Imprimir del navegador para imprimir esta página o guardarla como PDF.',
};

const de: ExportTexts = {
  locale: 'de-DE',
  title: 'Ihre Daten',
  intro: (clinic) =>
    `Alles, was ${clinic} über Sie gespeichert hat, zum unten genannten Zeitpunkt.`,
  exportedAt: 'Exportiert',
  controller: 'Verantwortliche Stelle',
  clinicFields: { name: 'Praxis', phone: 'Telefon', address: 'Adresse', email: 'E-Mail' },
  account: 'Ihr Konto',
  accountFields: {
    name: 'Name',
    email: 'E-Mail',
    phone: 'Telefon',
    language: 'Sprache',
    dateOfBirth: 'Geburtsdatum',
    contactChannel: 'Bevorzugter Kontakt',
    medicalAlerts: 'Medizinische Hinweise',
    notes: 'Notizen des Teams',
    createdAt: 'Registriert',
  },
  visits: 'Ihre Termine',
  visitColumns: {
    when: 'Wann',
    service: 'Leistung',
    dentist: 'Zahnarzt',
    status: 'Status',
    notes: 'Notizen',
  },
  history: 'Verlauf',
  sessions: 'Offene Anmeldungen',
  sessionColumns: { createdAt: 'Angemeldet', lastSeenAt: 'Zuletzt aktiv' },
  addresses: 'Adressen, von denen Sie sich angemeldet haben',
  accountEvents: 'Änderungen an Ihrem Konto',
  eventColumns: { at: 'Wann', action: 'Was', by: 'Von', fields: 'Felder' },
  none: 'Keine',
  statuses: {
    pending: 'Angefragt',
    confirmed: 'Bestätigt',
    arrived: 'Angekommen',
    in_chair: 'Im Behandlungsstuhl',
    completed: 'Abgeschlossen',
    cancelled: 'Abgesagt',
    no_show: 'Nicht erschienen',
  },
  printHint:
    'Mit dem Druckbefehl Ihres Browsers drucken Sie diese Seite oder speichern sie als PDF.',
};

const fr: ExportTexts = {
  locale: 'fr-FR',
  title: 'Vos données',
  intro: (clinic) => `Tout ce que ${clinic} conserve sur vous, au moment indiqué ci-dessous.`,
  exportedAt: 'Exporté le',
  controller: 'Responsable du traitement',
  clinicFields: { name: 'Cabinet', phone: 'Téléphone', address: 'Adresse', email: 'E-mail' },
  account: 'Votre compte',
  accountFields: {
    name: 'Nom',
    email: 'E-mail',
    phone: 'Téléphone',
    language: 'Langue',
    dateOfBirth: 'Date de naissance',
    contactChannel: 'Contact préféré',
    medicalAlerts: 'Alertes médicales',
    notes: 'Notes de l’équipe',
    createdAt: 'Inscription',
  },
  visits: 'Vos rendez-vous',
  visitColumns: {
    when: 'Quand',
    service: 'Soin',
    dentist: 'Dentiste',
    status: 'Statut',
    notes: 'Notes',
  },
  history: 'Historique',
  sessions: 'Connexions ouvertes',
  sessionColumns: { createdAt: 'Connexion', lastSeenAt: 'Dernière activité' },
  addresses: 'Adresses depuis lesquelles vous vous êtes connecté',
  accountEvents: 'Modifications de votre compte',
  eventColumns: { at: 'Quand', action: 'Quoi', by: 'Par', fields: 'Champs' },
  none: 'Aucun',
  statuses: {
    pending: 'Demandé',
    confirmed: 'Confirmé',
    arrived: 'Arrivé',
    in_chair: 'Au fauteuil',
    completed: 'Terminé',
    cancelled: 'Annulé',
    no_show: 'Absent',
  },
  printHint:
    'Utilisez la commande Imprimer de votre navigateur pour imprimer cette page ou l’enregistrer en PDF.',
};

export const EXPORT_TEXTS: Record<Language, ExportTexts> = { en, es, de, fr };
