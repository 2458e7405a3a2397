import { describe, expect, test } from 'vitest';
import { ROLE_FLAGS, ROLE_LABELS, ROLES, roleLabelsOf, roleWords, rolesOf, shortOfficerTitle } from './roles';

const none = { isDirector: false, isOfficer: false, isTenPercentOwner: false, isOther: false, officerTitle: null, otherText: null };

describe('role labels', () => {
  test('lists the boxes in the form’s order: director, officer, 10% owner, other', () => {
    expect(ROLES.map((r) => ROLE_LABELS[r])).toEqual(['Director', 'Officer', '10% owner', 'Other']);
    expect(rolesOf({ isOther: true, isTenPercentOwner: true, isOfficer: true, isDirector: true })).toEqual(['director', 'officer', 'ten-percent', 'other']);
    expect(ROLE_FLAGS['ten-percent']).toBe('isTenPercentOwner');
  });

  test('shows the officer title and the other text typed beside their boxes', () => {
    expect(roleLabelsOf({ ...none, isOfficer: true, officerTitle: ' CEO ', isOther: true, otherText: 'Member of 13(d) group' })).toEqual([
      { role: 'officer', label: 'CEO', short: 'CEO', full: 'Officer: CEO' },
      { role: 'other', label: 'Member of 13(d) group', short: 'Member of 13(d) group', full: 'Other: Member of 13(d) group' },
    ]);
    expect(roleLabelsOf({ isDirector: true, isOfficer: true, officerTitle: '', isTenPercentOwner: true })).toEqual([
      { role: 'director', label: 'Director', short: 'Dir', full: 'Director' },
      { role: 'officer', label: 'Officer', short: 'Officer', full: 'Officer' },
      { role: 'ten-percent', label: '10% owner', short: '10%', full: '10% owner' },
    ]);
    expect(roleLabelsOf(none)).toEqual([]);
  });
});

describe('roles in a sentence', () => {
  test('puts the officer title first, shortened', () => {
    expect(roleWords({ ...none, isDirector: true, isOfficer: true, isTenPercentOwner: true, officerTitle: 'Chief Executive Officer' })).toEqual(['CEO', 'director', '10% owner']);
    expect(roleWords({ ...none, isOfficer: true, officerTitle: 'SENIOR VICE PRESIDENT AND GENERAL COUNSEL' })).toEqual(['SVP and General Counsel']);
  });

  test('falls back to "officer" when the title points elsewhere, and uses the other text only alone', () => {
    expect(roleWords({ ...none, isOfficer: true, officerTitle: 'See Remarks' })).toEqual(['officer']);
    expect(roleWords({ ...none, isOther: true, otherText: 'Former director' })).toEqual(['Former director']);
    expect(roleWords({ ...none, isDirector: true, isOther: true, otherText: 'Former director' })).toEqual(['director']);
    expect(roleWords({ ...none, isOther: true, otherText: 'See footnote 1' })).toEqual([]);
  });

  test('drops titles too long for a sentence', () => {
    expect(shortOfficerTitle('Senior Vice President, Global Head of Regulatory Affairs and Quality')).toBeNull();
  });
});
