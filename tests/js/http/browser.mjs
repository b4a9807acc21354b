// Opens Banana Cake Pop in Debian's chromium, runs a query from its editor, and prints one JSON line with the
// query's response and every URL the page requested. usage: node browser.mjs http://127.0.0.1:PORT/graphql/ "<query>"
import { chromium } from 'playwright-core';

const [url, query] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const requested = [];
try {
  const page = await browser.newPage();
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Create Document' }).first().click();
  await page.locator('.monaco-editor').first().waitFor({ timeout: 60000 });
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('Control+A');
  // insertText, not type: typed braces would be auto-closed by the editor and garble the document.
  await page.keyboard.insertText(query);
  // The IDE syncs the editor's text into its document state after a short debounce.
  await page.waitForTimeout(1500);
  // On a loaded machine the first click can land before the IDE is ready to run: try a few times.
  let answer = null;
  for (let attempt = 0; attempt < 6 && !answer; attempt++) {
    // The catch is attached at once: a slow click must not leave the wait's rejection unhandled (that ends node).
    const response = page.waitForResponse((candidate) =>
      candidate.request().method() === 'POST' && (candidate.request().postData() ?? '').includes(JSON.stringify(query)),
    { timeout: 20000 }).catch(() => null);
    // While a run is in flight the button is relabelled; a missed click is simply tried again.
    await page.getByRole('button', { name: 'Run', exact: true }).click({ timeout: 20000 }).catch(() => {});
    answer = await response;
  }
  if (!answer) {
    throw new Error('The IDE did not send the query after 6 tries of Run.');
  }
  console.log(JSON.stringify({ status: answer.status(), body: await answer.json(), requested }));
} finally {
  await browser.close();
}
