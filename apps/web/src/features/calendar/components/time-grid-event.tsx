import type { EventContentArg } from '@fullcalendar/core';

/**
 * A visit on the day and week grids: its time and title as FullCalendar writes them, and the
 * whole title as a tooltip, since a short visit shows only the first words (the patient's
 * name). The accessible name is the text itself, so it always contains what is visible.
 */
export function renderTimeGridEvent(arg: EventContentArg) {
  if (arg.event.display === 'background') return true;
  return (
    <div className="fc-event-main-frame" title={`${arg.timeText} ${arg.event.title}`}>
      {arg.timeText ? <div className="fc-event-time">{arg.timeText}</div> : null}
      <div className="fc-event-title-container">
        <div className="fc-event-title fc-sticky">{arg.event.title}</div>
      </div>
    </div>
  );
}
