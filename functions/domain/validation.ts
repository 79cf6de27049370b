/** Field rules shared by every write: bounded text, http(s) links, real calendar dates. */
export const LIMITS = {
  noteLength: 2000,
  reasonLength: 1000,
  commentLength: 2000,
  roundNameLength: 200,
  urlLength: 2048,
  evidenceLinks: 20,
} as const;

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function evidenceProblems(urls: readonly string[]): string[] {
  const problems: string[] = [];
  if (urls.length > LIMITS.evidenceLinks) problems.push(`At most ${LIMITS.evidenceLinks} evidence links.`);
  for (const url of urls) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || url.length > LIMITS.urlLength) {
      problems.push(`"${url.slice(0, 80)}" is not an http(s) link.`);
    }
  }
  return problems;
}

export function textProblem(label: string, value: string | null | undefined, max: number, required = false): string | null {
  if (value == null || value.trim() === '') return required ? `${label} is required.` : null;
  return value.length > max ? `${label} is limited to ${max} characters.` : null;
}
