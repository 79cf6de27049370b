import type { Viewer } from './model.js';

/**
 * Who may write what (DESIGN.md, "Who uses it"): the one place the rule lives. The web hides
 * what a role cannot do, but only this check, on the server, is a guard.
 */
export type Write =
  | { kind: 'updateAction'; owners: readonly string[] }
  | { kind: 'reviseDeadline' }
  | { kind: 'submitMemberStateReport'; country: string }
  | { kind: 'reviewMemberStateReport' }
  | { kind: 'openReportingRound' }
  | { kind: 'closeReportingRound' }
  | { kind: 'freezeSnapshot' };

export type Decision = { allowed: true } | { allowed: false; reason: string };

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

/** The roles that may make each kind of write at all, and what the others are told. */
const ROLES: Record<Write['kind'], { roles: readonly Viewer['role'][]; otherwise: string }> = {
  updateAction: { roles: ['COORDINATOR', 'OWNER'], otherwise: 'Only coordinators and the owning bodies may update actions.' },
  submitMemberStateReport: { roles: ['MEMBER_STATE'], otherwise: "Only a member state's national contact may submit its report." },
  reviseDeadline: { roles: ['COORDINATOR'], otherwise: 'Only coordinators may do this.' },
  reviewMemberStateReport: { roles: ['COORDINATOR'], otherwise: 'Only coordinators may do this.' },
  openReportingRound: { roles: ['COORDINATOR'], otherwise: 'Only coordinators may do this.' },
  closeReportingRound: { roles: ['COORDINATOR'], otherwise: 'Only coordinators may do this.' },
  freezeSnapshot: { roles: ['COORDINATOR'], otherwise: 'Only coordinators may do this.' },
};

/**
 * Whether the viewer's role may make this kind of write at all, whatever it targets: the API
 * asks it before reading the target, so a role that can never write learns nothing about it.
 * `authorize` then decides on the target itself.
 */
export function mayAttempt(viewer: Viewer, kind: Write['kind']): Decision {
  const { roles, otherwise } = ROLES[kind];
  return roles.includes(viewer.role) ? allow : deny(otherwise);
}

export function authorize(viewer: Viewer, write: Write): Decision {
  const byRole = mayAttempt(viewer, write.kind);
  if (!byRole.allowed) return byRole;
  switch (write.kind) {
    case 'updateAction':
      // A coordinator updates any action, an owner only its body's.
      if (viewer.role === 'COORDINATOR' || (viewer.actor && write.owners.includes(viewer.actor))) return allow;
      return deny(`Only the action's owners (${write.owners.join(', ')}) or a coordinator may update it.`);
    case 'submitMemberStateReport':
      if (viewer.country !== write.country) return deny(`You report for ${viewer.country}; you cannot write ${write.country}'s report.`);
      return allow;
    default:
      return allow;
  }
}
