import { expect, html } from '@open-wc/testing';
import '../../../src/components/rating-form/define.js';
import type { StegRatingForm } from '../../../src/components/rating-form/rating-form.js';
import { arbetsnara, livsomraden, resolveText, type Instrument } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { mount, root } from './helpers.js';

/** Every piece of text the form renders, hidden descriptions and select options included. */
function renderedTexts(el: StegRatingForm): string[] {
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  return texts;
}

/** Words in which the participant speaks of themselves, or the form speaks to the participant. */
const participantVoice: Record<string, RegExp[]> = {
  sv: [/(^|[^\p{L}])(jag|mig|min|mitt|mina)(?!\p{L})/iu, /för dig|ditt mål|dina egna ord|vill du nå/iu],
  en: [
    /(^|[^\p{L}])(I|me|my|mine|myself)(?!\p{L})/u,
    /for you(?!\p{L})|your goal|your own words|would you like to reach/iu,
  ],
};

/** Text the instrument writes for the case manager alone (e.g. "Min tilltro …"): the case manager's own voice. */
function caseManagerOwnTexts(instrument: Instrument, lang: string): Set<string> {
  const own = new Set<string>();
  for (const area of instrument.areas) {
    const cmOnly = (roles: readonly string[] | undefined) => roles?.length === 1 && roles[0] === 'caseManager';
    for (const item of area.items) {
      if (!cmOnly(item.roles)) continue;
      own.add(resolveText(item.text, lang));
      if (item.help) own.add(resolveText(item.help, lang));
    }
    if (area.items.every((item) => cmOnly(item.roles))) own.add(resolveText(area.label, lang));
  }
  return own;
}

function speaksAsParticipant(texts: string[], lang: string, exempt = new Set<string>()): string[] {
  // A message quoting the case manager's own text ("Kommentar om Min tilltro …") is judged without it.
  const strip = (t: string) => [...exempt].reduce((rest, own) => rest.split(own).join(' '), t);
  return texts.filter((t) => participantVoice[lang]!.some((re) => re.test(strip(t))));
}

async function form(instrument: Instrument, lang: string, role: string): Promise<StegRatingForm> {
  return mount<StegRatingForm>(
    html`<steg-rating-form
      lang=${lang}
      layout="all"
      collect-goals
      collect-cards
      respondent-role=${role}
      .instrument=${instrument}
    ></steg-rating-form>`,
  );
}

describe('<steg-rating-form> speaks in the voice of the role', () => {
  failOnLitWarnings();

  for (const instrument of [livsomraden, arbetsnara]) {
    for (const lang of ['sv', 'en']) {
      it(`the case manager's ${instrument.id} form (${lang}) shows no text in the participant's voice`, async () => {
        const cm = await form(instrument, lang, 'caseManager');
        const texts = renderedTexts(cm);
        expect(texts.length).to.be.greaterThan(50);
        expect(speaksAsParticipant(texts, lang, caseManagerOwnTexts(instrument, lang))).to.deep.equal([]);
      });
    }
  }

  it('the same check finds the participant voice in the participant form (it can fail)', async () => {
    const participant = await form(livsomraden, 'sv', 'participant');
    const found = speaksAsParticipant(renderedTexts(participant), 'sv');
    expect(found).to.include('Jag vill ha hjälp');
    expect(found).to.include('Välj det som stämmer bäst för dig just nu.');
  });

  it('the case manager reads steps, stages, help and hints about the participant', async () => {
    const cm = await form(livsomraden, 'sv', 'caseManager');
    const texts = renderedTexts(cm);
    expect(texts).to.include('Vill ha hjälp');
    expect(texts).to.include('Välj det som stämmer bäst för deltagaren just nu.');
    expect(texts).to.include('Till exempel ett jobb, en praktik eller en aktivitet som deltagaren går till.');
    expect(texts.some((t) => t.includes('Deltagaren vill att något ska bli bättre och tar emot hjälp.'))).to.equal(
      true,
    );
    expect(texts).to.include('Vad skulle vara ett steg framåt för deltagaren? (frivilligt)');
    await expect(cm).to.be.accessible();
  });

  it('a joint rating puts the question to the participant and asks for a step both stand behind', async () => {
    const joint = await form(livsomraden, 'sv', 'joint');
    const legends = [...root(joint).querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends[0]).to.equal('Hur går det för dig med arbete eller annat att göra på dagarna?');
    expect(renderedTexts(joint)).to.include('Prata om det tillsammans. Välj det steg som ni båda tycker stämmer.');
    await expect(joint).to.be.accessible();
  });
});
