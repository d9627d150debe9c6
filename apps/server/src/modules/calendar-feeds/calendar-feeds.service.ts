import { randomBytes } from 'node:crypto';
import type { CalendarFeedWire, CreatedCalendarFeedWire } from '@clinic/contract';
import {
  type Actor,
  addDays,
  CALENDAR_END,
  CALENDAR_FEED_REFRESH_MINUTES,
  type CalendarFeedKind,
  calendarEvent,
  calendarFeedAccess,
  calendarFeedKind,
  calendarFeedWindow,
  calendarStart,
  clinicDate,
  isShownInFeed,
  type Language,
  recipientLanguage,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import { isoInstant } from '../../lib/iso-instant.ts';
import { publicOrigin } from '../../lib/public-origin.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { hashToken } from '../auth/index.ts';
import { getClinic } from '../clinic/index.ts';
import { dependantIdsOf } from '../users/index.ts';
import * as repo from './calendar-feeds.repository.ts';
import { calendarTexts } from './calendar-texts.ts';
import { eventDomain, type VisitAudience, visitEvent } from './visit-events.ts';

/** Where feeds are served; the token and `.ics` follow. */
export const FEED_PATH = '/api/calendar-feeds/';

/** A fetch is noted at most once an hour: calendars poll, and each note is a write. */
const LAST_USED_GRANULARITY_MS = 3_600_000;
/** Visits read per query while a feed is written. */
const FEED_PAGE_SIZE = 500;

const orNull = (ms: number | null | undefined) => (ms == null ? null : isoInstant(ms));

const noFeed = () =>
  new AppError(
    409,
    'conflict',
    'No calendar to subscribe to',
    'Only patients and dentists with an active account have a calendar feed.',
  );

/**
 * The person whose feed is asked about, once `actor` may manage it: their own, or the owner
 * for a dentist. Another patient's is 404 to a patient, as every account of someone else is;
 * the team's other members get 403.
 */
async function feedHolderFor(ctx: AppContext, actor: Actor, userId: number) {
  const holder = await repo.findFeedHolder(ctx.db.kysely, userId);
  if (!holder) throw notFound('User');
  const access = calendarFeedAccess(actor, holder);
  if (access === 'not_found') throw notFound('User');
  if (access === 'forbidden') {
    throw forbidden(
      'Only the person themselves, or the owner for a dentist, manages a calendar feed.',
    );
  }
  return holder;
}

function feedWire(kind: CalendarFeedKind | null, feed: repo.FeedRow | undefined): CalendarFeedWire {
  return {
    kind,
    active: feed !== undefined && kind !== null,
    created_at: feed ? orNull(feed.createdAt) : null,
    last_used_at: feed ? orNull(feed.lastUsedAt) : null,
  };
}

export async function getCalendarFeed(
  ctx: AppContext,
  actor: Actor,
  userId: number,
): Promise<CalendarFeedWire> {
  const holder = await feedHolderFor(ctx, actor, userId);
  return feedWire(calendarFeedKind(holder), await repo.findLiveFeed(ctx.db.kysely, userId));
}

/**
 * Makes the person's feed address, replacing (and so stopping) any earlier one. The token is
 * 256 random bits, answered now and never again; only its SHA-256 is kept. Audited.
 */
export async function createCalendarFeed(
  ctx: AppContext,
  actor: Actor,
  userId: number,
): Promise<CreatedCalendarFeedWire> {
  const holder = await feedHolderFor(ctx, actor, userId);
  const kind = calendarFeedKind(holder);
  if (!kind) throw noFeed();
  const token = randomBytes(32).toString('base64url');
  const now = ctx.now();
  const feed = await ctx.db.transact(async (trx) => {
    await repo.lockFeedsOf(trx, ctx.db.engine, userId);
    const replaced = await repo.revokeLiveFeed(trx, userId, now);
    const created = await repo.insertFeed(trx, {
      userId,
      tokenHash: hashToken(token),
      createdAt: now,
    });
    await recordAuditEvent(trx, {
      at: now,
      actorId: actor.id,
      subject: 'account',
      subjectId: userId,
      subjectName: holder.name,
      action: 'updated',
      before: { calendar_feed: replaced ? 'active' : 'none' },
      after: { calendar_feed: replaced ? 'replaced' : 'active' },
    });
    return created;
  });
  const url = `${publicOrigin(ctx.config)}${FEED_PATH}${token}.ics`;
  return {
    ...feedWire(kind, feed),
    url,
    webcal_url: url.replace(/^https?:/, 'webcal:'),
  };
}

/** Stops the person's feed address at once; audited. Nothing to stop is not an error. */
export async function revokeCalendarFeed(
  ctx: AppContext,
  actor: Actor,
  userId: number,
): Promise<void> {
  const holder = await feedHolderFor(ctx, actor, userId);
  const now = ctx.now();
  await ctx.db.transact(async (trx) => {
    await repo.lockFeedsOf(trx, ctx.db.engine, userId);
    if (!(await repo.revokeLiveFeed(trx, userId, now))) return;
    await recordAuditEvent(trx, {
      at: now,
      actorId: actor.id,
      subject: 'account',
      subjectId: userId,
      subjectName: holder.name,
      action: 'updated',
      before: { calendar_feed: 'active' },
      after: { calendar_feed: 'revoked' },
    });
  });
}

/**
 * The feed a token opens, as iCalendar text; undefined for a token that opens nothing (never
 * made, revoked, or its holder no longer has a calendar). Visits are read a page at a time
 * and written as they come, so a dentist's year of visits never sits in memory as rows.
 */
export async function renderCalendarFeed(
  ctx: AppContext,
  token: string,
): Promise<string | undefined> {
  const db = ctx.db.kysely;
  const found = await repo.findFeedByTokenHash(db, hashToken(token));
  if (!found) return undefined;
  const { feed, holder } = found;
  const kind = calendarFeedKind(holder);
  if (!kind) return undefined;
  const now = ctx.now();
  const clinic = await getClinic(ctx);
  const language = recipientLanguage(holder.language as Language | null, clinic.defaultLanguage);
  const texts = calendarTexts(language);
  const window = calendarFeedWindow(now);
  const filter: repo.FeedFilter =
    kind === 'dentist'
      ? { dentistId: holder.id }
      : { patientIds: [holder.id, ...(await dependantIdsOf(ctx, holder.id))] };
  const audience: VisitAudience =
    kind === 'dentist'
      ? { kind: 'dentist', showPatientNames: clinic.calendarFeedPatientNames }
      : { kind: 'patient', holderId: holder.id };
  const frame = { timeZone: clinic.timeZone, stamp: now };
  const domain = eventDomain(ctx.config);
  const chunks = [
    calendarStart({
      ...frame,
      name:
        kind === 'dentist'
          ? texts.dentistCalendar(clinic.name, holder.name)
          : texts.patientCalendar(clinic.name),
      refreshMinutes: CALENDAR_FEED_REFRESH_MINUTES,
      covers: window,
    }),
  ];
  // Dates a day wider than the window on each side: a clinic-local date is within a day of UTC.
  const dates = {
    fromDate: addDays(clinicDate(new Date(window.from), clinic.timeZone), -1),
    toDate: addDays(clinicDate(new Date(window.to), clinic.timeZone), 1),
  };
  let cursor: repo.FeedCursor | null = null;
  for (;;) {
    const page = await repo.feedVisitsPage(db, filter, dates, cursor, FEED_PAGE_SIZE);
    for (const visit of page) {
      if (visit.startsAt < window.from || visit.startsAt >= window.to) continue;
      if (!isShownInFeed(visit, now)) continue;
      chunks.push(calendarEvent(visitEvent(visit, { audience, clinic, texts, domain }), frame));
    }
    const last = page.at(-1);
    if (!last || page.length < FEED_PAGE_SIZE) break;
    cursor = { date: last.date, time: last.time, id: last.id };
  }
  chunks.push(CALENDAR_END);
  await repo.touchFeed(db, feed.id, now, LAST_USED_GRANULARITY_MS);
  return chunks.join('');
}
