/** A mention's main role as a {@link RoleDetail}, apart from its place. */
import type { Mention, RoleDetail } from '../types.ts';

/**
 * The role fields of a mention (its `also` roles are separate details).
 *
 * @example roleOf(mention).layer // 'territory'
 */
export function roleOf(m: Mention): RoleDetail {
  const { layer, cue, cueStart, cueEnd, roleConfidence, kind, actors, date, dateApprox, dateText, group, claim, period } = m;
  return { layer, cue, cueStart, cueEnd, roleConfidence, kind, actors, date, dateApprox, dateText, group, claim, period };
}
