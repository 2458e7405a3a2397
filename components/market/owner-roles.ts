// The screener's owner roles (the API's names) as the role rules read them (lib/domain/roles.ts).
import type { RoleFlags } from '@/lib/domain/roles';

export type MarketOwner = { roles: readonly string[]; officerTitle: string | null; otherText: string | null };

export function ownerFlags(o: MarketOwner): RoleFlags {
  return {
    isDirector: o.roles.includes('director'),
    isOfficer: o.roles.includes('officer'),
    isTenPercentOwner: o.roles.includes('tenPercentOwner'),
    isOther: o.roles.includes('other'),
    officerTitle: o.officerTitle,
    otherText: o.otherText,
  };
}
