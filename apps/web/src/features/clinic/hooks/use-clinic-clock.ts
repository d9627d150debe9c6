import { clinicDate, toWallClock } from '@clinic/domain';
import { useEffect, useState } from 'react';
import { serverNow } from '../../../lib/server-clock';
import { useClinic } from '../api/get-clinic';

export interface ClinicClock {
  zone: string;
  /** Today on the clinic's calendar, `YYYY-MM-DD`. */
  today: string;
  /** The clinic's wall-clock time, `HH:MM`. */
  time: string;
  /** The instant the clock was read, in epoch milliseconds. */
  now: number;
}

const TICK_MS = 30_000;

/**
 * The clinic's "now", in its own time zone and by the server's clock, re-read every half
 * minute so that a page left open across midnight moves to the new day. Null until the
 * clinic's settings have loaded.
 */
export function useClinicClock(): ClinicClock | null {
  const { data: clinic } = useClinic();
  const [, setTicks] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTicks((ticks) => ticks + 1), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  if (!clinic) return null;
  // Read on every render, not kept from the first: the first render can come before any
  // answer from the server has said how far this device's clock is off.
  const now = serverNow();
  const zone = clinic.timezone;
  return {
    zone,
    today: clinicDate(new Date(now), zone),
    time: toWallClock(now, zone).time,
    now,
  };
}
