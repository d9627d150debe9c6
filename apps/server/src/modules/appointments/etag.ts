/**
 * An appointment's entity tag is its version. Tags are strong: If-Match compares strongly
 * (RFC 9110 §13.1.1), so a weak tag a client sends never matches.
 */
export function appointmentEtag(version: number): string {
  return `"${version}"`;
}

/** What an If-Match header asks for: any current appointment, or one of these versions. */
export type IfMatch = { any: true } | { any: false; versions: number[] };

export function parseIfMatch(header: string | undefined): IfMatch | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return { any: true };
  const versions: number[] = [];
  for (const tag of header.split(',')) {
    const match = /^\s*"(\d{1,15})"\s*$/.exec(tag);
    if (match?.[1] !== undefined) versions.push(Number(match[1]));
  }
  return { any: false, versions };
}

export function ifMatchAllows(condition: IfMatch | undefined, version: number): boolean {
  return condition === undefined || condition.any || condition.versions.includes(version);
}
