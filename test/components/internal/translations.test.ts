import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/translations/ar.js';
import { arabic } from '../../../src/translations/ar.js';
import {
  arbetsnaraArabicTexts,
  livsomradenArabic,
  livsomradenArabicTexts,
} from '../../../src/translations/ar-instruments.js';
import { registerTranslation, type StegvisStrings } from '../../../src/translations/index.js';
import { errorStateMessages } from '../../../src/internal/error-state.js';
import { ratingFormMessages } from '../../../src/components/rating-form/rating-form.messages.js';
import { radarMessages } from '../../../src/components/radar/radar.messages.js';
import { progressionCardMessages } from '../../../src/components/progression-card/progression-card.messages.js';
import { cohortSummaryMessages } from '../../../src/components/cohort-summary/cohort-summary.messages.js';
import type { StegRatingForm } from '../../../src/components/rating-form/rating-form.js';
import type { StegRadar } from '../../../src/components/radar/radar.js';
import type { StegProgressionCard } from '../../../src/components/progression-card/progression-card.js';
import { arbetsnara, livsomraden } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { clickButton, mount } from '../rating-form/helpers.js';
import { handMadeParticipant } from '../progression-card/fixtures.js';

/** The built-in tables, by the namespace `registerTranslation` uses. */
const builtIn: Record<keyof StegvisStrings, { sv: Record<string, string>; en: Record<string, string> }> = {
  common: errorStateMessages,
  ratingForm: ratingFormMessages,
  radar: radarMessages,
  progressionCard: progressionCardMessages,
  cohortSummary: cohortSummaryMessages,
};

/** Every shipped language beside Swedish, by namespace. */
const shipped: Record<string, (ns: keyof StegvisStrings) => Record<string, string>> = {
  en: (ns) => builtIn[ns].en,
  ar: (ns) => arabic[ns],
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('translations', () => {
  failOnLitWarnings();

  for (const [lang, table] of Object.entries(shipped)) {
    for (const ns of Object.keys(builtIn) as (keyof StegvisStrings)[]) {
      it(`${lang} has every ${ns} string, none empty, with the same placeholders as Swedish`, () => {
        const sv = builtIn[ns].sv;
        const other = table(ns);
        expect(Object.keys(other).sort(), 'keys').to.deep.equal(Object.keys(sv).sort());
        for (const [key, value] of Object.entries(sv)) {
          expect(other[key]!.trim(), key).not.to.equal('');
          // A plural form may leave its count out ("مجال واحد" for one area); every other must keep it.
          const expected = placeholders(value).filter((p) => !(/One$/.test(key) && p === 'count'));
          expect(
            placeholders(other[key]!).filter((p) => !(/One$/.test(key) && p === 'count')),
            key,
          ).to.deep.equal(expected);
        }
      });
    }
  }

  it('has Arabic for every text of arbetsnara', () => {
    const swedish: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.sv === 'string') swedish.push(record.sv);
      Object.values(record).forEach(walk);
    };
    walk(arbetsnara);
    expect(swedish.length).to.be.greaterThan(50);
    expect(swedish.filter((sv) => !arbetsnaraArabicTexts[sv]?.trim())).to.deep.equal([]);
  });

  it("has Arabic for every text of livsomraden, in every role's wording", () => {
    const swedish: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.sv === 'string') swedish.push(record.sv);
      Object.values(record).forEach(walk);
    };
    walk(livsomraden);
    expect(swedish.length).to.be.greaterThan(100);
    expect(swedish.filter((sv) => !livsomradenArabicTexts[sv]?.trim())).to.deep.equal([]);
    expect(livsomradenArabic.id).to.equal(livsomraden.id);
    expect(livsomradenArabic.version).to.equal(livsomraden.version);
    expect(livsomradenArabic.areas[0]!.label).to.deep.include({
      sv: 'Arbete och sysselsättning',
      ar: 'العمل والنشاط اليومي',
    });
  });

  it('lets an Arabic-speaking participant rate entirely in Arabic, right to left', async () => {
    const el = await mount<StegRatingForm>(
      html`<div dir="rtl" lang="ar">
        <steg-rating-form layout="step" .instrument=${livsomradenArabic}></steg-rating-form>
      </div>`,
    );
    const form = el.querySelector('steg-rating-form')!;
    const shown = text(form);
    expect(shown).to.include('المجال 1 من 8');
    expect(shown).to.include('كيف حالي مع العمل أو الأنشطة الأخرى خلال النهار؟');
    expect(shown).to.include('أريد مساعدة');
    expect(shown).to.include('متابعة');
    expect(shown, 'no Swedish left').not.to.match(/[åäöÅÄÖ]|Fortsätt|Område/);
    expect(getComputedStyle(form.shadowRoot!.querySelector('fieldset')!).direction).to.equal('rtl');
    await expect(form).to.be.accessible();
  });

  it('shows the radar and the progression card in Arabic, with dates through Intl', async () => {
    const data = handMadeParticipant();
    const el = await mount<HTMLElement>(html`<div dir="rtl" lang="ar">
      <steg-radar .instrument=${livsomradenArabic} .assessments=${data.assessments}></steg-radar>
      <steg-progression-card .instrument=${livsomradenArabic} .assessments=${data.assessments}></steg-progression-card>
    </div>`);
    const radar = el.querySelector<StegRadar>('steg-radar')!;
    const card = el.querySelector<StegProgressionCard>('steg-progression-card')!;
    await radar.updateComplete;
    await card.updateComplete;
    expect(text(radar)).to.include('مجال الحياة');
    expect(text(radar)).to.include('العمل والنشاط اليومي');
    expect(text(radar)).not.to.match(/Senaste|Livsområde|Visa/);
    const cardText = text(card);
    expect(cardText).to.include('خطوات التقدّم');
    expect(cardText).not.to.match(/Stegförflyttning|Senast|Livsområden/);
    const firstDate = data.assessments[0]!.authored;
    const arabicDate = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.parse(firstDate),
    );
    expect(cardText).to.include(arabicDate);
    await expect(radar).to.be.accessible();
    await expect(card).to.be.accessible();
  });

  it('a page replaces a word for every element, and elements on the page follow', async () => {
    const el = await mount<HTMLElement>(
      html`<div lang="sv"><steg-rating-form layout="all" .instrument=${livsomraden}></steg-rating-form></div>`,
    );
    const form = el.querySelector<StegRatingForm>('steg-rating-form')!;
    expect(text(form)).to.include('Skriv en kommentar (frivilligt)');
    try {
      registerTranslation('sv', { ratingForm: { commentToggle: 'Skriv en anteckning till handläggaren' } });
      await form.updateComplete;
      expect(text(form)).to.include('Skriv en anteckning till handläggaren');
      expect(text(form)).not.to.include('Skriv en kommentar (frivilligt)');
    } finally {
      registerTranslation('sv', { ratingForm: { commentToggle: ratingFormMessages.sv.commentToggle } });
    }
    await form.updateComplete;
    expect(text(form)).to.include('Skriv en kommentar (frivilligt)');
  });

  it('one element takes its own wording through .strings, with placeholders, and the others keep theirs', async () => {
    const el = await mount<HTMLElement>(html`<div lang="sv">
      <steg-rating-form id="own" layout="step" .instrument=${livsomraden}></steg-rating-form>
      <steg-rating-form id="plain" layout="step" .instrument=${livsomraden}></steg-rating-form>
    </div>`);
    const own = el.querySelector<StegRatingForm>('#own')!;
    const plain = el.querySelector<StegRatingForm>('#plain')!;
    own.strings = { continue: 'Nästa fråga', areaOf: 'Fråga {n} av {total}' };
    await own.updateComplete;
    expect(text(own)).to.include('Nästa fråga');
    expect(text(own)).to.include('Fråga 1 av 8');
    expect(text(plain)).to.include('Fortsätt');
    expect(text(plain)).to.include('Område 1 av 8');
  });

  it('.strings reach the messages a form writes when it checks the answers', async () => {
    const form = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" .instrument=${livsomraden}></steg-rating-form>`,
    );
    form.strings = { chooseAnswer: 'Svara på frågan om {name}' };
    await form.updateComplete;
    await clickButton(form, 'Granska svaren');
    expect(text(form)).to.include('Svara på frågan om Arbete och sysselsättning');
    expect(text(form)).not.to.include('Välj ett svar för');
  });
});
