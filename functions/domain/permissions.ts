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

export function authorize(viewer: Viewer, write: Write): Decision {
  switch (write.kind) {
    case 'updateAction':
      if (viewer.role === 'COORDINATOR') return allow;
      if (viewer.role === 'OWNER' && viewer.actor && write.owners.includes(viewer.actor)) return allow;
      if (viewer.role === 'OWNER') return deny(`Only the action's owners (${write.owners.join(', ')}) or a coordinator may update it.`);
      return deny('Only coordinators and the owning bodies may update actions.');
    case 'submitMemberStateReport':
      if (viewer.role !== 'MEMBER_STATE') return deny("Only a member state's national contact may submit its report.");
      if (viewer.country !== write.country) return deny(`You report for ${viewer.country}; you cannot write ${write.country}'s report.`);
      return allow;
    case 'reviseDeadline':
    case 'reviewMemberStateReport':
    case 'openReportingRound':
    case 'closeReportingRound':
    case 'freezeSnapshot':
      return viewer.role === 'COORDINATOR' ? allow : deny('Only coordinators may do this.');
  }
}
