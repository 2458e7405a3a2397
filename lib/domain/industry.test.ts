import { describe, expect, it } from 'vitest';
import { industryLabel, industryTitle } from './industry';

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
