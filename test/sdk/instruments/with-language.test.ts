import { expect } from '@open-wc/testing';
import { livsomraden, parseInstrument, resolveText, scoreAssessment, withLanguage } from '../../../src/sdk/index.js';

describe('withLanguage', () => {
  const texts = { Boende: 'Asumis', 'Hur fungerar mitt boende?': 'Miten asumiseni sujuu?' };
  const finnish = withLanguage(livsomraden, 'fi', texts);

  it('adds the language to every text whose Swedish wording it knows, and to nothing else', () => {
    const housing = finnish.areas.find((a) => a.id === 'housing')!;
    expect(housing.label).to.deep.equal({ sv: 'Boende', en: 'Housing', fi: 'Asumis' });
    expect(housing.shortLabel).to.deep.equal({ sv: 'Boende', en: 'Housing', fi: 'Asumis' });
    expect(resolveText(housing.items[0]!.text, 'fi')).to.equal('Miten asumiseni sujuu?');
    expect(finnish.areas.find((a) => a.id === 'work')!.label).to.deep.equal(livsomraden.areas[0]!.label);
  });

  it('keeps ids, version and scoring, returns a valid frozen copy and leaves the original alone', () => {
    expect(parseInstrument(finnish).ok).to.equal(true);
    expect([finnish.id, finnish.version]).to.deep.equal([livsomraden.id, livsomraden.version]);
    expect(Object.isFrozen(finnish.areas[2]!.label)).to.equal(true);
    expect(livsomraden.areas[2]!.label).not.to.have.property('fi');
    const assessment = {
      id: 'a',
      instrument: { id: livsomraden.id, version: livsomraden.version },
      subjectId: 'p',
      role: 'participant' as const,
      occasion: 'baseline' as const,
      authored: '2026-01-01',
      status: 'completed' as const,
      answers: [{ linkId: 'housing', value: 6 }],
    };
    expect(scoreAssessment(finnish, assessment)).to.deep.equal(scoreAssessment(livsomraden, assessment));
  });

  it('never replaces a text the instrument already has in that language', () => {
    const english = withLanguage(livsomraden, 'en', { Boende: 'Accommodation' });
    expect(english.areas.find((a) => a.id === 'housing')!.label.en).to.equal('Housing');
  });
});
