import { expect } from 'chai';
import { readAmount, writeAmount } from './amount.ts';

describe('readAmount', () => {
  const minor = (typed: string, decimal = '.', digits = 2) => {
    const reading = readAmount(typed, decimal, digits);
    return reading.ok ? reading.minor : reading.problem;
  };

  it('reads the viewer’s decimal separator and digit grouping', () => {
    expect(minor('12.50')).to.equal(1250);
    expect(minor('12,50', ',')).to.equal(1250);
    expect(minor('1,250.5')).to.equal(125050);
    expect(minor('1.250,5', ',')).to.equal(125050);
    expect(minor('1 250,50', ',')).to.equal(125050);
    expect(minor(' 7 ')).to.equal(700);
    expect(minor('.5')).to.equal(50);
  });

  it('takes the other separator as the decimal one when it cannot be grouping', () => {
    expect(minor('12.5', ',')).to.equal(1250);
    expect(minor('12,5')).to.equal(1250);
    expect(minor('12.500', ',')).to.equal(1250000);
  });

  it('understands Arabic-Indic digits and the Arabic decimal separator', () => {
    expect(minor('١٢٫٥٠')).to.equal(1250);
  });

  it('follows the currency’s digits: none for JPY, three for KWD', () => {
    expect(minor('1250', '.', 0)).to.equal(1250);
    expect(minor('12.5', '.', 0)).to.equal('amountDecimals');
    expect(minor('1.234', '.', 3)).to.equal(1234);
  });

  it('says what is wrong instead of guessing', () => {
    expect(minor('')).to.equal('amountRequired');
    expect(minor('abc')).to.equal('amountInvalid');
    expect(minor('1.2.3')).to.equal('amountInvalid');
    expect(minor('12.505')).to.equal('amountDecimals');
    expect(minor('0')).to.equal('amountPositive');
    expect(minor('-5')).to.equal('amountPositive');
    expect(minor('1e5')).to.equal('amountInvalid');
  });

  it('writes minor units back without grouping', () => {
    expect(writeAmount(125050, ',', 2)).to.equal('1250,50');
    expect(writeAmount(5, '.', 2)).to.equal('0.05');
    expect(writeAmount(1250, '.', 0)).to.equal('1250');
  });
});
