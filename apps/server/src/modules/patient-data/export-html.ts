import type { PatientExportWire } from '@clinic/contract';
import type { Language } from '@clinic/domain';
import { EXPORT_TEXTS, type ExportTexts } from './export-texts.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value the page shows passes through here: names and notes are the patient's text. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #999; padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #ddd; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; }
ul.history { margin: .2rem 0 0; padding-left: 1.1rem; font-size: .9em; color: #333; }
.hint { color: #555; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .hint { display: none; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
}`;

/**
 * The export as a page that prints well, in the patient's language: the same content as the
 * JSON document, for a person to read. Instants are shown in the clinic's time zone.
 */
export function renderExportHtml(
  data: PatientExportWire,
  options: { language: Language; timeZone: string },
): string {
  const t = EXPORT_TEXTS[options.language];
  const instant = new Intl.DateTimeFormat(t.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  });
  const at = (iso: string | null) => (iso ? escapeHtml(instant.format(new Date(iso))) : '');
  const a = data.account;
  const row = (label: string, value: unknown) =>
    `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value) || '—'}</dd>`;
  return `<!doctype html>
<html lang="${escapeHtml(options.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)} — ${escapeHtml(data.controller.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro(data.controller.name))}</p>
<p>${escapeHtml(t.exportedAt)}: ${at(data.exported_at)}</p>
<p class="hint">${escapeHtml(t.printHint)}</p>
<h2>${escapeHtml(t.controller)}</h2>
<dl>
${row(t.clinicFields.name, data.controller.name)}
${row(t.clinicFields.phone, data.controller.phone)}
${row(t.clinicFields.address, data.controller.address)}
${row(t.clinicFields.email, data.controller.email)}
</dl>
<h2>${escapeHtml(t.account)}</h2>
<dl>
${row(t.accountFields.name, a.name)}
${row(t.accountFields.email, a.email)}
${row(t.accountFields.phone, a.phone)}
${row(t.accountFields.language, a.language)}
${row(t.accountFields.dateOfBirth, a.date_of_birth)}
${row(t.accountFields.contactChannel, a.contact_channel)}
${row(t.accountFields.medicalAlerts, a.medical_alerts.join(', '))}
${row(t.accountFields.notes, a.notes)}
<dt>${escapeHtml(t.accountFields.createdAt)}</dt><dd>${at(a.created_at)}</dd>
</dl>
${visitsSection(data, t, at)}
${sessionsSection(data, t, at)}
${eventsSection(data, t, at)}
</body>
</html>
`;
}

type At = (iso: string | null) => string;

function visitsSection(data: PatientExportWire, t: ExportTexts, at: At): string {
  const c = t.visitColumns;
  const rows = data.appointments.map((visit) => {
    const history = visit.history
      .map(
        (step) =>
          `<li>${at(step.at)} · ${escapeHtml(step.actor_name ?? '')} · ${escapeHtml(
            Object.keys(step.changes).join(', '),
          )}${step.reason ? ` · ${escapeHtml(step.reason)}` : ''}</li>`,
      )
      .join('');
    return `<tr><td>${escapeHtml(visit.date)} ${escapeHtml(visit.time)}–${escapeHtml(
      visit.end_time,
    )}</td><td>${escapeHtml(visit.service ?? '')}</td><td>${escapeHtml(
      visit.dentist ?? '',
    )}</td><td>${escapeHtml(t.statuses[visit.status])}</td><td>${escapeHtml(visit.notes)}${
      history
        ? `<details open><summary>${escapeHtml(t.history)}</summary><ul class="history">${history}</ul></details>`
        : ''
    }</td></tr>`;
  });
  return `<h2>${escapeHtml(t.visits)}</h2>${table(
    [c.when, c.service, c.dentist, c.status, c.notes],
    rows,
    t,
  )}`;
}

function sessionsSection(data: PatientExportWire, t: ExportTexts, at: At): string {
  const sessions = data.sessions.map(
    (s) => `<tr><td>${at(s.created_at)}</td><td>${at(s.last_seen_at)}</td></tr>`,
  );
  const addresses = data.sign_in_addresses.map(
    (s) => `<tr><td>${escapeHtml(s.address)}</td><td>${at(s.last_signed_in_at)}</td></tr>`,
  );
  return `<h2>${escapeHtml(t.sessions)}</h2>${table(
    [t.sessionColumns.createdAt, t.sessionColumns.lastSeenAt],
    sessions,
    t,
  )}<h2>${escapeHtml(t.addresses)}</h2>${table(['IP', t.sessionColumns.createdAt], addresses, t)}`;
}

function eventsSection(data: PatientExportWire, t: ExportTexts, at: At): string {
  const c = t.eventColumns;
  const rows = data.account_events.map(
    (e) =>
      `<tr><td>${at(e.at)}</td><td>${escapeHtml(e.action)}</td><td>${escapeHtml(
        e.actor_name ?? '',
      )}</td><td>${escapeHtml(Object.keys(e.changes).join(', '))}</td></tr>`,
  );
  return `<h2>${escapeHtml(t.accountEvents)}</h2>${table([c.at, c.action, c.by, c.fields], rows, t)}`;
}

function table(headers: string[], rows: string[], t: ExportTexts): string {
  if (rows.length === 0) return `<p>${escapeHtml(t.none)}</p>`;
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
