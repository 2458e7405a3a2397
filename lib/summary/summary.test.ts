import { describe, expect, it } from 'vitest';
import { issuerShortName, securityPhrase, summarizeFiling, type SummaryDerivativeRow, type SummaryFiling, type SummaryRow } from '.';

// Builders for filings shaped like the parser's output; each test names the real case it stands for.
function row(fields: Partial<SummaryRow>): SummaryRow {
  return {
    kind: 'transaction', securityTitle: 'Common Stock', transactionDate: '2021-03-01', code: 'S', shares: 100,
    pricePerShare: 10, acquiredDisposed: 'D', sharesOwnedAfter: null, directOrIndirect: 'D', natureOfOwnership: null,
    footnoteIds: {}, ...fields,
  };
}

function derivative(fields: Partial<SummaryDerivativeRow>): SummaryDerivativeRow {
  return {
    ...row({ securityTitle: 'Stock Option (Right to Buy)', code: 'M', pricePerShare: 0 }),
    conversionOrExercisePrice: 5, underlyingTitle: 'Common Stock', underlyingShares: 100, ...fields,
  };
}

const director = { name: 'FEDERICO RICHARD D', isDirector: true, isOfficer: false, isTenPercentOwner: false, isOther: false, officerTitle: null, otherText: null };
const ceo = { name: 'Doe Jane', isDirector: false, isOfficer: true, isTenPercentOwner: false, isOther: false, officerTitle: 'Chief Executive Officer', otherText: null };

function filing(fields: Partial<SummaryFiling>): SummaryFiling {
  return { formType: '4', issuer: { name: 'ACME WIDGETS CORP' }, reportingOwners: [ceo], nonDerivative: [], derivative: [], footnotes: [], ...fields };
}

// The seed: Allied Motion Technologies' 2013 Form 4 (accession 0001140361-13-021836 era), transcribed.
const seed = filing({
  issuer: { name: 'ALLIED MOTION TECHNOLOGIES INC' },
  reportingOwners: [director],
  nonDerivative: [row({
    transactionDate: '2013-05-21', code: 'P', shares: 785, pricePerShare: 7, acquiredDisposed: 'A', sharesOwnedAfter: 12759,
    footnoteIds: { shares: ['F1'] },
  })],
  footnotes: [{ id: 'F1', text: "These shares were purchased by the Reporting Person pursuant to the Company's Non-Employee Director Stock in Lieu of Cash Retainer Plan." }],
});

describe('the summary sentence', () => {
  it('reads the seed filing as the issue spells it', () => {
    expect(summarizeFiling(seed)).toBe(
      'Director Richard D. Federico bought 785 shares of Allied Motion Technologies common stock at $7.00 on May 21, 2013 ($5,495), under the plan in footnote 1, and now holds 12,759 shares directly.',
    );
  });

  it('mentions a plan only when a footnote on the transaction describes one', () => {
    const noPlan = { ...seed, footnotes: [{ id: 'F1', text: 'Purchased in the open market.' }] };
    expect(summarizeFiling(noPlan)).not.toContain('plan');
    // A 401(k) plan footnote on the nature of ownership is about the holding, not the trade.
    const holdingPlan = filing({
      nonDerivative: [row({ code: 'P', acquiredDisposed: 'A', directOrIndirect: 'I', natureOfOwnership: 'By 401(k)', footnoteIds: { natureOfOwnership: ['F1'] } })],
      footnotes: [{ id: 'F1', text: 'Shares held under the 401(k) plan.' }],
    });
    expect(summarizeFiling(holdingPlan)).not.toContain('plan');
    const negated = { ...seed, footnotes: [{ id: 'F1', text: 'This purchase was not made pursuant to a Rule 10b5-1 plan.' }] };
    expect(summarizeFiling(negated)).not.toContain('under the plan');
  });

  it('numbers the plan footnote by its place in the footnote list, not by its id', () => {
    const tenB51 = filing({
      nonDerivative: [row({ shares: 500, pricePerShare: 20, footnoteIds: { code: ['F7'] }, sharesOwnedAfter: 1000 })],
      footnotes: [{ id: 'F2', text: 'Weighted average price.' }, { id: 'F7', text: 'Sold under a Rule 10b5-1 trading plan adopted on May 1, 2020.' }],
    });
    expect(summarizeFiling(tenB51)).toBe(
      'CEO Jane Doe sold 500 shares of Acme Widgets common stock at $20.00 on March 1, 2021 ($10,000), under the plan in footnote 2, and now holds 1,000 shares directly.',
    );
  });

  it('aggregates many sales into one clause with a price range (Tesla, 2021)', () => {
    const sales = filing({
      issuer: { name: 'Tesla, Inc.' },
      reportingOwners: [{ name: 'Musk Elon', isDirector: true, isOfficer: true, isTenPercentOwner: true, isOther: false, officerTitle: 'CEO', otherText: null }],
      nonDerivative: [
        row({ transactionDate: '2021-11-08', shares: 5000, pricePerShare: 10, sharesOwnedAfter: 7000 }),
        row({ transactionDate: '2021-11-09', shares: 4000, pricePerShare: 10.25, sharesOwnedAfter: 3000 }),
        row({ transactionDate: '2021-11-09', shares: 3000, pricePerShare: 10.5, sharesOwnedAfter: 0 }),
        row({ kind: 'holding', code: null, shares: null, pricePerShare: null, sharesOwnedAfter: 50000, directOrIndirect: 'I', natureOfOwnership: 'By Trust' }),
      ],
    });
    expect(summarizeFiling(sales)).toBe(
      'Elon Musk (CEO, director and 10% owner) sold 12,000 shares of Tesla common stock in 3 transactions at $10.00–$10.50 between November 8, 2021 and November 9, 2021 ($122,500 in total), and now holds 50,000 shares indirectly.',
    );
  });

  it('tells an option exercise once, from Table II, before the sale it funds', () => {
    const exercise = filing({
      nonDerivative: [
        row({ code: 'M', acquiredDisposed: 'A', shares: 10000, pricePerShare: 5, sharesOwnedAfter: 60000 }),
        row({ code: 'S', shares: 10000, pricePerShare: 30, sharesOwnedAfter: 50000 }),
      ],
      derivative: [derivative({ shares: 10000, underlyingShares: 10000, conversionOrExercisePrice: 5, sharesOwnedAfter: 20000 })],
    });
    expect(summarizeFiling(exercise)).toBe(
      'CEO Jane Doe exercised options on 10,000 shares at $5.00 on March 1, 2021; sold 10,000 shares of Acme Widgets common stock at $30.00 on March 1, 2021 ($300,000); and now holds 50,000 shares directly.',
    );
  });

  it('describes a grant of options by exercise price and covered shares (2seventy bio, 2025)', () => {
    const grant = filing({
      issuer: { name: '2seventy bio, Inc.' },
      reportingOwners: [{ ...ceo, name: 'Snow Jessica', officerTitle: 'See Remarks' }],
      nonDerivative: [row({ transactionDate: '2025-01-06', code: 'A', acquiredDisposed: 'A', shares: 106150, pricePerShare: 0, sharesOwnedAfter: 253329 })],
      derivative: [derivative({ transactionDate: '2025-01-06', code: 'A', acquiredDisposed: 'A', shares: 70750, underlyingShares: 70750, conversionOrExercisePrice: 2.64, sharesOwnedAfter: 70750 })],
    });
    expect(summarizeFiling(grant)).toBe(
      'Officer Jessica Snow was granted 106,150 shares of 2seventy bio common stock on January 6, 2025; was granted options on 70,750 shares at an exercise price of $2.64 on January 6, 2025; and now holds 253,329 shares directly.',
    );
  });

  it('reports a Form 3 with holdings only as "reported holding"', () => {
    const form3 = filing({
      formType: '3',
      reportingOwners: [director],
      nonDerivative: [
        row({ kind: 'holding', code: null, transactionDate: null, shares: null, pricePerShare: null, acquiredDisposed: null, sharesOwnedAfter: 12000 }),
        row({ kind: 'holding', code: null, transactionDate: null, shares: null, pricePerShare: null, acquiredDisposed: null, sharesOwnedAfter: 3000, directOrIndirect: 'I', natureOfOwnership: 'By spouse' }),
      ],
      derivative: [derivative({ kind: 'holding', code: null, transactionDate: null, shares: null, underlyingShares: 50000, sharesOwnedAfter: 50000 })],
    });
    expect(summarizeFiling(form3)).toBe(
      'Director Richard D. Federico reported holding 12,000 shares of Acme Widgets common stock directly and 3,000 indirectly and options on 50,000 shares.',
    );
  });

  it('counts convertible preferred in a Form 3 by the shares it converts into (Linkedin, 2011)', () => {
    const form3 = filing({
      formType: '3',
      issuer: { name: 'LinkedIn Corp' },
      nonDerivative: [row({ kind: 'holding', code: null, transactionDate: null, shares: null, pricePerShare: null, acquiredDisposed: null, sharesOwnedAfter: 17037090, directOrIndirect: 'I', natureOfOwnership: 'By Trust' })],
      derivative: [derivative({ kind: 'holding', securityTitle: 'Series A Convertible Preferred Stock', code: null, transactionDate: null, shares: null, conversionOrExercisePrice: null, underlyingShares: 2028942, sharesOwnedAfter: 2028942 })],
    });
    expect(summarizeFiling(form3)).toBe(
      'CEO Jane Doe reported holding 17,037,090 shares of LinkedIn common stock indirectly and Series A Convertible Preferred Stock convertible into 2,028,942 shares.',
    );
  });

  it('says what is held after restricted stock units settle in shares (Palantir director, 2021)', () => {
    const settle = filing({
      nonDerivative: [row({ code: 'M', acquiredDisposed: 'A', shares: 1386, pricePerShare: 0, sharesOwnedAfter: 12947, securityTitle: 'Class A Common Stock' })],
      derivative: [derivative({ securityTitle: 'Restricted Stock Units', code: 'M', shares: 1386, underlyingShares: 1386, underlyingTitle: 'Class A Common Stock', conversionOrExercisePrice: null, sharesOwnedAfter: 0 })],
    });
    expect(summarizeFiling(settle)).toBe('CEO Jane Doe converted 1,386 restricted stock units into Class A common stock on March 1, 2021, and now holds 12,947 shares directly.');
  });

  it('says when a Form 3 reports no securities owned', () => {
    expect(summarizeFiling(filing({ formType: '3', noSecuritiesOwned: true }))).toBe('CEO Jane Doe reported owning no securities of Acme Widgets.');
    // Before the form's box, said as a holding (Max Levchin's Form 3 at Yahoo, 2012-12-13).
    const saidAsHolding = filing({
      formType: '3', issuer: { name: 'YAHOO INC' },
      nonDerivative: [row({ kind: 'holding', securityTitle: 'No securities are beneficially owned', code: null, shares: null, pricePerShare: null, acquiredDisposed: null, sharesOwnedAfter: 0 })],
    });
    expect(summarizeFiling(saidAsHolding)).toBe('CEO Jane Doe reported owning no securities of Yahoo.');
  });

  it('names two reporting owners and counts the rest, with plural verbs', () => {
    const fund = { name: 'PEAK CAPITAL PARTNERS LP', isDirector: false, isOfficer: false, isTenPercentOwner: true, isOther: false, officerTitle: null, otherText: null };
    const two = filing({ reportingOwners: [fund, { ...fund, name: 'Peak Capital Management LLC' }], nonDerivative: [row({ code: 'P', acquiredDisposed: 'A', sharesOwnedAfter: 2000000 })] });
    expect(summarizeFiling(two)).toBe(
      '10% owner Peak Capital Partners LP and 10% owner Peak Capital Management LLC bought 100 shares of Acme Widgets common stock at $10.00 on March 1, 2021 ($1,000), and now hold 2,000,000 shares directly.',
    );
    const three = filing({ reportingOwners: [fund, fund, fund], nonDerivative: [row({ code: 'A', acquiredDisposed: 'A', pricePerShare: 0 })] });
    expect(summarizeFiling(three)).toBe('10% owner Peak Capital Partners LP and 2 other reporting owners were granted 100 shares of Acme Widgets common stock on March 1, 2021.');
  });

  it('points at the footnote when the price is given only there', () => {
    const footnotePrice = filing({
      nonDerivative: [row({ code: 'J', acquiredDisposed: 'D', pricePerShare: null, footnoteIds: { pricePerShare: ['F3'] } })],
      footnotes: [{ id: 'F1', text: 'a' }, { id: 'F2', text: 'b' }, { id: 'F3', text: 'The price is the closing price on the distribution date.' }],
    });
    expect(summarizeFiling(footnotePrice)).toBe('CEO Jane Doe disposed of 100 shares of Acme Widgets common stock at a price given in footnote 3 on March 1, 2021.');
  });

  it('adds a sentence for an amendment', () => {
    const amendment = { ...seed, formType: '4/A', dateOfOriginalSubmission: '2013-05-20', amends: '0001140361-13-021000' };
    expect(summarizeFiling(amendment)).toMatch(/ This amends the Form 4 filed on May 20, 2013 \(0001140361-13-021000\)\.$/);
  });

  it('stays one short clause list when a filing has many kinds of transactions', () => {
    const many = filing({
      nonDerivative: ['P', 'S', 'G', 'F', 'J'].map((code) => row({ code, acquiredDisposed: code === 'P' ? 'A' : 'D', securityTitle: 'Common Stock' })),
    });
    expect(summarizeFiling(many)).toContain('; and made 2 other transactions.');
  });
});

describe('names and titles in the sentence', () => {
  it('shortens issuer names', () => {
    expect(issuerShortName('ALLIED MOTION TECHNOLOGIES INC')).toBe('Allied Motion Technologies');
    expect(issuerShortName('Tesla, Inc.')).toBe('Tesla');
    expect(issuerShortName('23andMe Holding Co.')).toBe('23andMe Holding');
    expect(issuerShortName('BANK OF AMERICA CORP /DE/')).toBe('Bank of America');
    expect(issuerShortName('VERTEX PHARMACEUTICALS INC / MA')).toBe('Vertex Pharmaceuticals');
    // Words filed in capitals before a suffix in another case (Alpha & Omega Semiconductor's Form 4 of
    // 2025-03-18); one word in capitals before it is the name as its owner writes it.
    expect(issuerShortName('ALPHA & OMEGA SEMICONDUCTOR Ltd')).toBe('Alpha & Omega Semiconductor');
    expect(issuerShortName('NVIDIA Corp')).toBe('NVIDIA');
    expect(issuerShortName('TESLA INC')).toBe('Tesla');
    // EDGAR's conformed names have no dots (Jeffrey Bezos's Forms 4 at Amazon).
    expect(issuerShortName('AMAZON COM INC')).toBe('Amazon.com');
  });

  it('names the issuer once when the security title already does', () => {
    // InnSuites Hospitality Trust's Form 4 of 2025-09-26 (0001493152-25-015819) files its shares as "INNSUITES HOSPITALITY REIT".
    const sale = (issuer: string, securityTitle: string) =>
      summarizeFiling(filing({ issuer: { name: issuer }, nonDerivative: [row({ securityTitle, transactionDate: '2025-09-25' })] }));
    expect(sale('INNSUITES HOSPITALITY TRUST', 'INNSUITES HOSPITALITY REIT')).toContain('sold 100 shares of Innsuites Hospitality Reit at');
    expect(sale('Berkshire Hathaway Inc', 'Berkshire Hathaway Class B Common Stock')).toContain('shares of Berkshire Hathaway Class B common stock at');
    // One word in common is not the issuer's name.
    expect(sale('AMERICAN EXPRESS CO', 'American Depositary Shares')).toContain('sold 100 American Express American Depositary Shares at');
    expect(sale('Tesla, Inc.', 'Common Stock')).toContain('shares of Tesla common stock at');
  });

  it('counts a security named by what it counts without "shares of" before it', () => {
    // Chemomab Therapeutics' Form 4 of 2021-03 (0001209191-21-021966): Peter Thiel bought American Depositary Shares.
    const ads = filing({
      issuer: { name: 'Chemomab Therapeutics Ltd.' },
      nonDerivative: [row({ securityTitle: 'American Depositary Shares', code: 'P', acquiredDisposed: 'A', shares: 230536, pricePerShare: 10, sharesOwnedAfter: 1108509 })],
    });
    expect(summarizeFiling(ads)).toContain('bought 230,536 Chemomab Therapeutics American Depositary Shares at $10.00');
    // Vertex's director grant of deferred stock units (2020-10-15): counted in units, held in units.
    const units = filing({
      issuer: { name: 'VERTEX PHARMACEUTICALS INC / MA' },
      nonDerivative: [row({ securityTitle: 'Deferred Stock Units', code: 'A', acquiredDisposed: 'A', shares: 196.356, pricePerShare: 0, sharesOwnedAfter: 12629.042 })],
    });
    expect(summarizeFiling(units)).toContain('was granted 196.356 Vertex Pharmaceuticals Deferred Stock Units on');
  });

  it('lowercases common stock and drops par values', () => {
    expect(securityPhrase('Common Stock, par value $0.01 per share')).toBe('common stock');
    expect(securityPhrase('CLASS A COMMON STOCK')).toBe('Class A common stock');
    expect(securityPhrase('Series B Preferred Stock')).toBe('Series B Preferred Stock');
    // A class filed as "Common Share" (Alpha & Omega Semiconductor) is counted in common shares.
    expect(securityPhrase('Common Share')).toBe('common shares');
    expect(summarizeFiling(filing({ issuer: { name: 'ALPHA & OMEGA SEMICONDUCTOR Ltd' }, nonDerivative: [row({ securityTitle: 'Common Share', code: 'A', acquiredDisposed: 'A', shares: 20000, pricePerShare: 0 })] })))
      .toContain('was granted 20,000 Alpha & Omega Semiconductor common shares on');
  });
});
