import type {
  DateSelectArg,
  DateSpanApi,
  DatesSetArg,
  EventClickArg,
  EventDropArg,
  EventMountArg,
} from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Text } from '@mantine/core';
import { type KeyboardEvent, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { currentLanguage } from '../../../lib/i18n';
import type { Appointment, OpeningHours } from '../../../types/api';
import type { WorkingDay } from '../../availability';
import { useReschedule } from '../hooks/use-reschedule';
import { toCalendarEvent, VISIT_CLASS_PREFIX, visitIdOf } from '../utils/calendar-events';
import { calendarTimeFormat, fullCalendarLocale, navUnit } from '../utils/calendar-locale';
import { calendarNow, fromCalendarTime, isBookable, shownDays } from '../utils/calendar-time';
import { type CalendarViewName, FULLCALENDAR_VIEWS, viewNameOf } from '../utils/calendar-view';
import { nextInTimeOrder } from '../utils/time-order';
import { businessHoursOf, visibleHours } from '../utils/visible-hours';
import { nonWorkingEvents } from '../utils/working-time';
import { renderTimeGridEvent } from './time-grid-event';
import './clinic-calendar.css';
import { clinicTimeFormat, formatShortDate, formatTime } from '../../../lib/dates';
import { serverNow } from '../../../lib/server-clock';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const HEADER = {
  left: 'prev,next today',
  center: 'title',
  right: 'dayGridMonth,timeGridWeek,timeGridDay,listWeek',
};
const VIEW_OPTIONS = {
  // A busy day would stretch a month row over several screens; the rest is a click away.
  dayGridMonth: { dayMaxEvents: 6 },
  // In a crowded week the start time is all there is room for; the height shows the length.
  timeGrid: { displayEventEnd: false, eventContent: renderTimeGridEvent },
};

export interface ShownPeriod {
  view: CalendarViewName;
  /** The first and last day on screen, for loading. */
  from: string;
  to: string;
  /** The first day of the period itself (a month's 1st, a week's Monday), for the address. */
  periodStart: string;
  periodEnd: string;
}

interface CalendarBoardProps {
  zone: string;
  initialView: CalendarViewName;
  initialDate: string | undefined;
  appointments: Appointment[];
  colourOf: (id: number | null) => string;
  openingHours: OpeningHours;
  /** Each shown day's working time; until it arrives, the opening hours are shaded instead. */
  workingDays: readonly WorkingDay[] | undefined;
  /** The dentist the calendar is filtered to, whose hours are shaded; null for everyone's. */
  dentist: number | null;
  onPeriodChange: (period: ShownPeriod) => void;
  onOpen: (appointment: Appointment) => void;
  onCreate: (slot: { date: string; time: string }) => void;
}

/**
 * FullCalendar on the clinic's clock. It is told it runs in UTC and is given every time as the
 * clinic's wall clock written as UTC (see calendar-time.ts), so the browser's zone never shows.
 */
export function CalendarBoard({
  zone,
  initialView,
  initialDate,
  appointments,
  colourOf,
  openingHours,
  workingDays,
  dentist,
  onPeriodChange,
  onOpen,
  onCreate,
}: CalendarBoardProps) {
  const { t } = useTranslation(['calendar', 'availability']);
  const { reschedule, outside, isOverriding, confirmOutside, cancelOutside } = useReschedule();
  // Words rather than FullCalendar's chevron icons, which are images without a text alternative.
  const buttonText = useMemo(
    () => ({
      prev: t('buttons.prev'),
      next: t('buttons.next'),
      today: t('buttons.today'),
      month: t('buttons.month'),
      week: t('buttons.week'),
      day: t('buttons.day'),
      list: t('buttons.list'),
    }),
    [t],
  );
  // FullCalendar's hints (button titles) are built from its button texts, which reads
  // unnaturally in most languages; whole phrases per step and view read as written.
  const buttonHints = useMemo(
    () => ({
      prev: (_text: string, unit: string) => t(`hints.prev.${navUnit(unit)}`),
      next: (_text: string, unit: string) => t(`hints.next.${navUnit(unit)}`),
      today: (_text: string, unit: string) => t(`hints.today.${navUnit(unit)}`),
    }),
    [t],
  );
  const viewHint = useCallback(
    (_text: string, view: string) => t(`hints.view.${viewNameOf(view)}`),
    [t],
  );
  const moreLinkHint = useCallback((count: number) => t('moreLinkHint', { count }), [t]);
  const byId = useMemo(
    () => new Map(appointments.map((appointment) => [appointment.id, appointment])),
    [appointments],
  );
  const language = currentLanguage();
  const clock = clinicTimeFormat();
  const timeFormat = useMemo(() => calendarTimeFormat(clock), [clock]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: titles name the status in the active language
  const events = useMemo(
    () => [
      ...appointments.map((appointment) => toCalendarEvent(appointment, colourOf)),
      ...(workingDays
        ? nonWorkingEvents(workingDays, dentist, t('availability:calendar.closed'))
        : []),
    ],
    [appointments, colourOf, language, workingDays, dentist, t],
  );
  const hours = useMemo(
    () => visibleHours(openingHours, appointments),
    [openingHours, appointments],
  );
  // The working time replaces the opening hours once known, rather than shading on top of them.
  const businessHours = useMemo(
    () => (workingDays ? false : businessHoursOf(openingHours)),
    [openingHours, workingDays],
  );
  // Read on every tick of the now indicator, so the line follows the clinic's clock.
  const now = useCallback(() => calendarNow(serverNow(), zone), [zone]);

  const handleDatesSet = useCallback(
    (arg: DatesSetArg) => {
      const shown = shownDays(arg.start, arg.end);
      const period = shownDays(arg.view.currentStart, arg.view.currentEnd);
      onPeriodChange({
        view: viewNameOf(arg.view.type),
        ...shown,
        periodStart: period.from,
        periodEnd: period.to,
      });
    },
    [onPeriodChange],
  );
  const handleEventClick = useCallback(
    (info: EventClickArg) => {
      info.jsEvent.preventDefault();
      const appointment = byId.get(Number(info.event.id));
      if (appointment) onOpen(appointment);
    },
    [byId, onOpen],
  );
  const handleChange = useCallback(
    (info: EventDropArg | EventResizeDoneArg) => {
      const appointment = byId.get(Number(info.event.id));
      if (!appointment || !info.event.start) {
        info.revert();
        return;
      }
      reschedule(appointment, {
        start: info.event.start,
        end: info.event.end,
        revert: info.revert,
      });
    },
    [byId, reschedule],
  );
  const handleSelect = useCallback(
    (info: DateSelectArg) => {
      info.view.calendar.unselect();
      const { date, time } = fromCalendarTime(info.start);
      // A day picked in the month view leaves the time to the form.
      onCreate({ date, time: info.allDay ? '' : time });
    },
    [onCreate],
  );
  const selectAllow = useCallback((span: DateSpanApi) => isBookable(span, now()), [now]);
  // FullCalendar's events are focusable anchors without a role, so they had no accessible
  // name; as buttons they are named by their own text, which always holds what is visible.
  const handleEventMount = useCallback((info: EventMountArg) => {
    // The list view's rows are table rows and keep their role.
    if (info.el instanceof HTMLAnchorElement && !info.el.hasAttribute('href')) {
      info.el.setAttribute('role', 'button');
    }
  }, []);
  // The grid lays overlapping visits out by column, not by time; Tab follows time instead.
  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Tab' || !(event.target instanceof Element)) return;
      const current = event.target.closest('.clinic-event');
      const currentId = current && visitIdOf(current);
      if (!currentId) return;
      const shown = [...event.currentTarget.querySelectorAll('.clinic-event')].flatMap((el) => {
        const appointment = byId.get(visitIdOf(el) ?? 0);
        return appointment
          ? [{ id: String(appointment.id), start: `${appointment.date}T${appointment.time}` }]
          : [];
      });
      const next = nextInTimeOrder(shown, String(currentId), event.shiftKey);
      const target = next
        ? event.currentTarget.querySelector<HTMLElement>(`.${VISIT_CLASS_PREFIX}${next}`)
        : null;
      if (!target) return;
      event.preventDefault();
      target.focus();
    },
    [byId],
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only steers Tab between the grid's own focusable visits
    <div className="clinic-calendar" onKeyDown={handleKeyDown}>
      <FullCalendar
        // Its "now" is read once per time zone; a new zone needs a new calendar.
        key={zone}
        plugins={PLUGINS}
        locale={fullCalendarLocale(language)}
        timeZone="UTC"
        now={now}
        initialView={FULLCALENDAR_VIEWS[initialView]}
        initialDate={initialDate}
        headerToolbar={HEADER}
        buttonText={buttonText}
        buttonHints={buttonHints}
        viewHint={viewHint}
        buttonIcons={false}
        height="auto"
        allDaySlot={false}
        nowIndicator
        slotDuration="00:30:00"
        snapDuration="00:15:00"
        slotLabelInterval="01:00"
        slotMinTime={hours.slotMinTime}
        slotMaxTime={hours.slotMaxTime}
        slotLabelFormat={timeFormat}
        eventTimeFormat={timeFormat}
        businessHours={businessHours}
        slotEventOverlap={false}
        eventDisplay="block"
        eventOrder="start,rank,-duration,title"
        views={VIEW_OPTIONS}
        moreLinkHint={moreLinkHint}
        eventHint={t('eventHint')}
        noEventsText={t('noEvents')}
        events={events}
        editable
        selectable
        selectMirror
        selectAllow={selectAllow}
        longPressDelay={500}
        datesSet={handleDatesSet}
        eventClick={handleEventClick}
        eventDidMount={handleEventMount}
        eventDrop={handleChange}
        eventResize={handleChange}
        select={handleSelect}
      />
      <ConfirmModal
        opened={outside !== null}
        title={t('availability:calendar.confirmTitle')}
        message={
          outside?.input.date && outside.input.time
            ? t('availability:calendar.confirmMessage', {
                date: formatShortDate(outside.input.date),
                time: formatTime(outside.input.time),
              })
            : outside?.reason
        }
        confirmLabel={t('availability:calendar.confirm')}
        isPending={isOverriding}
        onConfirm={confirmOutside}
        onClose={cancelOutside}
      >
        {outside?.reason ? (
          <Text size="sm" c="dimmed">
            {outside.reason}
          </Text>
        ) : null}
      </ConfirmModal>
    </div>
  );
}
