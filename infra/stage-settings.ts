import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { isValidEmail } from '../functions/domain/people.js';

/**
 * Per-stage settings, kept in cdk.json under `context.stages.<stage>` and chosen with
 * `-c stage=<name>` (default `dev`). `infra/bin/app.ts` reads them; every construct receives
 * typed values.
 */
export interface StageSettings {
  stage: string;
  strategyId: string;
  /** Prefix of the hosted sign-in domain, `<prefix>.auth.<region>.amazoncognito.com`; unique per region. */
  cognitoDomainPrefix: string;
  apiThrottle: { rateLimit: number; burstLimit: number };
  /** How long each audit copy of a history event is locked (Object Lock, governance mode). */
  auditRetentionDays: number;
  logRetention: RetentionDays;
  terminationProtection: boolean;
  /** Reminders go out through SES only when set; otherwise the daily job only writes its outbox. */
  mail?: { from: string; sesIdentity: string };
  alarmEmail?: string;
  /** A custom domain for the dashboard; its ACM certificate must be in us-east-1 (CloudFront). */
  webDomain?: { domainName: string; certificateArn: string };
  /** Re-points the stacks to a table restored from a backup instead of the table they created (docs/DEPLOY.md). */
  existingTable?: { tableName: string; tableStreamArn: string };
  /** When the daily job runs. */
  dailyJob: { hour: number; minute: number; timeZone: string };
  /**
   * Other origins whose pages may call the API from a browser (CORS); none by default, since the
   * dashboard calls it on its own origin. Each is `https://host[:port]`, no path, no wildcard.
   */
  corsAllowedOrigins: string[];
  /**
   * The stage's first coordinator (issue 12): invited by the deployment itself, through the same
   * people service as the People page, once; nothing happens when the stage has a coordinator.
   */
  firstCoordinator?: { email: string; name: string };
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

class SettingsError extends Error {
  constructor(stage: string, message: string) {
    super(`cdk.json context.stages.${stage}: ${message}`);
  }
}

function read<T>(stage: string, source: Json, key: string, check: (value: unknown) => value is T, expected: string): T | undefined {
  const value = source[key];
  if (value === undefined) return undefined;
  if (!check(value)) throw new SettingsError(stage, `${key} must be ${expected}, not ${JSON.stringify(value)}.`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isOrigin = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.origin === value;
  } catch {
    return false;
  }
};
const isOriginList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isOrigin);
const isPositive = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;
const hasStrings =
  <K extends string>(...keys: K[]) =>
  (value: unknown): value is Record<K, string> =>
    isRecord(value) && keys.every((key) => isString(value[key]));

const RETENTION_DAYS = Object.values(RetentionDays).filter((value): value is RetentionDays => typeof value === 'number');

function retention(stage: string, days: number): RetentionDays {
  const match = RETENTION_DAYS.find((value) => value === days);
  if (match === undefined) throw new SettingsError(stage, `logRetentionDays must be one of CloudWatch's values (${RETENTION_DAYS.join(', ')}).`);
  return match;
}

export const DEFAULT_STRATEGY_ID = 'eu-cybersecurity-2013';

export function stageSettings(stage: unknown, stages: unknown): StageSettings {
  if (!isString(stage) || !/^[a-z][a-z0-9-]{0,15}$/.test(stage)) {
    throw new Error(`The stage must be a short lower-case name such as dev or prod, not ${JSON.stringify(stage)}.`);
  }
  if (!isRecord(stages) || !isRecord(stages[stage])) {
    const known = isRecord(stages) ? Object.keys(stages).join(', ') : 'none';
    throw new Error(`There are no settings for stage "${stage}" in cdk.json (context.stages); known stages: ${known}.`);
  }
  const source = stages[stage] as Json;
  const throttle = read(stage, source, 'apiThrottle', hasNumbers('rateLimit', 'burstLimit'), 'an object with rateLimit and burstLimit');
  const dailyJob = read(stage, source, 'dailyJob', isRecord, 'an object with hour, minute and timeZone');
  const alarmEmail = read(stage, source, 'alarmEmail', isString, 'an e-mail address');
  const mail = read(stage, source, 'mail', hasStrings('from', 'sesIdentity'), 'an object with from and sesIdentity');
  const webDomain = read(stage, source, 'webDomain', hasStrings('domainName', 'certificateArn'), 'an object with domainName and certificateArn');
  const existingTable = read(
    stage,
    source,
    'existingTable',
    hasStrings('tableName', 'tableStreamArn'),
    'an object with tableName and tableStreamArn',
  );
  const firstCoordinator = read(stage, source, 'firstCoordinator', hasStrings('email', 'name'), 'an object with email and name');
  if (firstCoordinator && !isValidEmail(firstCoordinator.email.trim()))
    throw new SettingsError(stage, `firstCoordinator.email "${firstCoordinator.email}" is not an e-mail address.`);
  const corsAllowedOrigins = read(stage, source, 'corsAllowedOrigins', isOriginList, 'a list of origins such as ["https://example.org"]') ?? [];

  return {
    stage,
    strategyId: read(stage, source, 'strategyId', isString, 'a strategy id') ?? DEFAULT_STRATEGY_ID,
    cognitoDomainPrefix: read(stage, source, 'cognitoDomainPrefix', isString, 'a domain prefix') ?? `strategy-tracker-${stage}`,
    apiThrottle: throttle ?? { rateLimit: 20, burstLimit: 40 },
    auditRetentionDays: read(stage, source, 'auditRetentionDays', isPositive, 'a whole number of days') ?? 365,
    logRetention: retention(stage, read(stage, source, 'logRetentionDays', isPositive, 'a whole number of days') ?? 30),
    terminationProtection: read(stage, source, 'terminationProtection', isBoolean, 'true or false') ?? false,
    corsAllowedOrigins,
    dailyJob: {
      hour: typeof dailyJob?.hour === 'number' ? dailyJob.hour : 6,
      minute: typeof dailyJob?.minute === 'number' ? dailyJob.minute : 0,
      timeZone: isString(dailyJob?.timeZone) ? dailyJob.timeZone : 'Europe/Brussels',
    },
    ...(mail ? { mail: { from: mail.from, sesIdentity: mail.sesIdentity } } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
    ...(webDomain ? { webDomain: { domainName: webDomain.domainName, certificateArn: webDomain.certificateArn } } : {}),
    ...(firstCoordinator ? { firstCoordinator: { email: firstCoordinator.email.trim(), name: firstCoordinator.name.trim() } } : {}),
    ...(existingTable ? { existingTable: { tableName: existingTable.tableName, tableStreamArn: existingTable.tableStreamArn } } : {}),
  };
}

function hasNumbers<K extends string>(...keys: K[]) {
  return (value: unknown): value is Record<K, number> => isRecord(value) && keys.every((key) => isPositive(value[key]));
}
