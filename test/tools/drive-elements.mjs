// Drives the stegvis elements on a real page the way a person does (real clicks and key
// presses through puppeteer), for the Node-side embed checks: the plain page under strict CSP,
// and the React and Vue examples. Each function takes a CSS selector for the element's host.

const deep = (host, inner) => `${host} >>> ${inner}`;

/** Waits until the element is defined, rendered and has settled its first update. */
export async function whenRendered(page, host) {
  await page.waitForFunction(
    async (selector) => {
      const el = document.querySelector(selector);
      if (!el || !window.customElements.get(el.localName) || !el.shadowRoot) return false;
      await el.updateComplete;
      return el.shadowRoot.childNodes.length > 0;
    },
    { timeout: 15_000 },
    host,
  );
}

/** The text of the element's alerts (role="alert"), if any. */
export function alertsOf(page, host) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    return root
      ? [...root.querySelectorAll('[role="alert"]')].map((n) => n.textContent.replace(/\s+/g, ' ').trim())
      : [];
  }, host);
}

/**
 * Answers every item of a rating form (the middle step of each) and sends it: on each page it
 * clicks one choice per unanswered item, then "continue"/"review", then "send" once shown.
 */
export async function answerRatingForm(page, host) {
  for (let pageCount = 0; pageCount < 60; pageCount += 1) {
    const items = await page.$$(deep(host, '[part~="item"]'));
    for (const item of items) {
      const answered = await item.evaluate((fieldset) =>
        [...fieldset.querySelectorAll('input[type="radio"]')].some((r) => r.checked),
      );
      if (answered) continue;
      const choices = await item.$$('[part~="steps"] [part~="choice"]');
      if (choices.length === 0) continue;
      await choices[Math.floor(choices.length / 2)].click();
    }
    const submit = await page.$(deep(host, 'button[part~="submit"]'));
    if (submit) {
      await submit.click();
      return;
    }
    const next = await page.$(deep(host, 'button.primary[part~="button"]'));
    if (!next) throw new Error('The form shows neither a next nor a send button.');
    await next.click();
    await page.evaluate((selector) => document.querySelector(selector).updateComplete, host);
  }
  throw new Error('The form never reached its send button.');
}

/**
 * Focuses the radar's chart (its one tab stop) and walks it with the arrow keys; returns what
 * its live readout said after each key.
 */
export async function walkRadar(page, host, keys = ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft']) {
  const plot = await page.$(deep(host, '[part~="plot"]'));
  if (!plot) throw new Error('The radar has no focusable chart.');
  await plot.focus();
  const readouts = [];
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.evaluate((selector) => document.querySelector(selector).updateComplete, host);
    readouts.push(await page.$eval(deep(host, '[part~="readout"]'), (n) => n.textContent.replace(/\s+/g, ' ').trim()));
  }
  return readouts;
}

/** Clicks the first "next step" card of a progression card. */
export async function activateFirstCard(page, host) {
  const card = await page.$(deep(host, 'button[part~="progression-card"]'));
  if (!card) throw new Error('The progression card shows no next-step card.');
  // Whatever had focus before lets go of it first (a focused radar is taller than a blurred
  // one, so its blur during the click would move the card away under the pointer).
  await page.evaluate(() => document.activeElement?.blur());
  await card.click();
}

/** Activates the first life area of a progression card from the keyboard (Tab to it, Enter). */
export async function activateFirstAreaByKeyboard(page, host) {
  const area = await page.$(deep(host, 'button[part~="area-button"]'));
  if (!area) throw new Error('The progression card shows no area button.');
  await area.focus();
  await page.keyboard.press('Enter');
}

/** Switches a cohort summary's breakdown to its first option other than "all"; returns its value. */
export async function switchBreakdown(page, host) {
  const selects = await page.$$(deep(host, '[part~="controls"] select'));
  const select = selects.at(-1);
  if (!select) throw new Error('The cohort summary has no breakdown control.');
  const value = await select.evaluate((s) => [...s.options].find((o) => o.value !== 'all' && !o.disabled)?.value);
  if (!value) throw new Error('The cohort summary offers no breakdown.');
  await select.focus();
  await select.select(value);
  await page.evaluate((selector) => document.querySelector(selector).updateComplete, host);
  return value;
}
