import { randomUUID } from 'node:crypto';
import type { Role } from '../domain/model.js';

/**
 * The directory port (issue 12): where people's accounts live, so that they can sign in. The
 * people service (service.ts) calls it and keeps its own record in the table; the same server
 * code runs against either adapter:
 * - local: the table is the directory; inviting prints the invitation it would have sent;
 * - Cognito: the user pool, through its admin API, on this pool only.
 */
export interface DirectoryPerson {
  email: string;
  name: string;
  role: Role;
  actor?: string;
  country?: string;
}

export interface Directory {
  readonly kind: 'local' | 'cognito';
  /** Creates the account and sends the invitation; answers the person's id (the tokens' `sub`). */
  invite(person: DirectoryPerson): Promise<string>;
  /** Brings the account from `before` to `after`: name, role group, binding attributes. */
  update(id: string, before: DirectoryPerson, after: DirectoryPerson): Promise<void>;
  /** Refuses sign-in and ends every session. */
  disable(id: string): Promise<void>;
  enable(id: string): Promise<void>;
}

/**
 * The directory refused a call. `step` names it; `incomplete` says that earlier calls of the
 * same operation went through (the account holds part of the change, which running the same
 * operation again completes: every call is idempotent); `taken` that the address already has
 * an account in the directory.
 */
export class DirectoryRefused extends Error {
  constructor(
    readonly step: string,
    readonly incomplete: boolean,
    readonly causeName: string,
    readonly taken = false,
  ) {
    super(`The directory refused ${step} (${causeName})${incomplete ? ' after earlier steps went through' : ''}.`);
    this.name = 'DirectoryRefused';
  }
}

/** Local mode: the product's table is the directory, and there is no mail. */
export function createLocalDirectory({ log = (message: string) => console.log(message) }: { log?: (message: string) => void } = {}): Directory {
  return {
    kind: 'local',
    async invite(person) {
      const id = `person-${randomUUID()}`;
      log(
        `Invitation (local mode sends no e-mail) to ${person.name} <${person.email}>: you can now sign in to Strategy Tracker as ${person.role}` +
          `${person.actor ? ` for ${person.actor}` : ''}${person.country ? ` for ${person.country}` : ''}. Sign-in id: ${id}.`,
      );
      return id;
    },
    update: async () => undefined,
    disable: async () => undefined,
    enable: async () => undefined,
  };
}

/** An account as the directory holds it, to compare with the product's records (reconciling). */
export interface DirectoryAccount extends DirectoryPerson {
  id: string;
  enabled: boolean;
}

/** Directories that can list their accounts; local mode's cannot disagree with itself. */
export interface ListableDirectory extends Directory {
  list(): Promise<DirectoryAccount[]>;
}

export const isListable = (directory: Directory): directory is ListableDirectory =>
  typeof (directory as Partial<ListableDirectory>).list === 'function';
