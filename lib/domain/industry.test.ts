import { describe, expect, it } from 'vitest';
import { industryLabel, industryOf, industryTitle, withKnownIndustry } from './industry';

describe('industry titles', () => {
  it('reads EDGAR titles in sentence case, keeping NEC and TV in capitals', () => {
    expect(industryTitle('MOTOR VEHICLES & PASSENGER CAR BODIES')).toBe('Motor vehicles & passenger car bodies');
    expect(industryTitle('SPECIAL INDUSTRY MACHINERY, NEC')).toBe('Special industry machinery, NEC');
    expect(industryTitle('SERVICES-COMPUTER PROGRAMMING, DATA PROCESSING, ETC.')).toBe('Services-computer programming, data processing, etc.');
    expect(industryTitle('RADIO & TV BROADCASTING & COMMUNICATIONS EQUIPMENT')).toBe('Radio & TV broadcasting & communications equipment');
    // The submissions JSON's title case reads the same.
    expect(industryTitle('Motor Vehicles & Passenger Car Bodies')).toBe('Motor vehicles & passenger car bodies');
    // A word that merely contains NEC is not the abbreviation.
    expect(industryTitle('CONNECTORS FOR ELECTRONIC APPLICATIONS')).toBe('Connectors for electronic applications');
  });

  it('gives the code beside the title, or the code alone where a feed file gave only that', () => {
    expect(industryLabel({ sic: '3711', title: 'MOTOR VEHICLES & PASSENGER CAR BODIES' })).toBe('Motor vehicles & passenger car bodies (SIC 3711)');
    expect(industryLabel({ sic: '3674', title: null })).toBe('SIC 3674');
  });
});

describe('industry codes as EDGAR gives them', () => {
  it('pads a code to four digits and reads 0000 and blanks (a person) as none', () => {
    expect(industryOf('3711', ' Motor Vehicles & Passenger Car Bodies ')).toEqual({ sic: '3711', title: 'Motor Vehicles & Passenger Car Bodies' });
    expect(industryOf(100, '')).toEqual({ sic: '0100', title: null });
    expect(industryOf('0000', 'UNKNOWN')).toBeNull();
    expect(industryOf('', '')).toBeNull();
    expect(industryOf(null, undefined)).toBeNull();
    expect(industryOf('37111', null)).toBeNull();
  });

  it("gives a filing its issuer's listed industry only when the listed CIK is its issuer and its header named none", () => {
    const insurer = { cik: '1067983', industry: { sic: '6331', title: 'Fire, Marine & Casualty Insurance' } };
    const filing = { issuer: { cik: '1067983' }, issuerIndustry: null };
    expect(withKnownIndustry(filing, insurer).issuerIndustry).toEqual(insurer.industry);
    // The same company listing a filing in which it reports as an owner of another issuer.
    expect(withKnownIndustry({ issuer: { cik: '200406' }, issuerIndustry: null }, insurer).issuerIndustry).toBeNull();
    // A header's own code wins.
    const headed = { issuer: { cik: '1067983' }, issuerIndustry: { sic: '6331', title: 'FIRE, MARINE & CASUALTY INSURANCE' } };
    expect(withKnownIndustry(headed, insurer)).toBe(headed);
    expect(withKnownIndustry(filing, null)).toBe(filing);
  });
});
