// Opens Banana Cake Pop in Debian's chromium, runs a query from its editor, and prints one JSON line with the
// query's response and every URL the page requested. usage: node browser.mjs http://127.0.0.1:PORT/graphql/ "<query>"
import { chromium } from 'playwright-core';

const [url, query] = process.argv.slice(2);
const compact = (text) => text.replace(/\s+/g, '');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const requested = [];
const posted = [];
try {
  const page = await browser.newPage();
  page.on('request', (request) => {
    requested.push(request.url());
    if (request.method() === 'POST') {
      posted.push(request.postData() ?? '');
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Create Document' }).first().click();
  // The document's operation editor (the variables and response panes are Monaco editors too).
  const editor = page.locator('.monaco-editor[data-uri^="file:///operations/"]');
  await editor.waitFor({ timeout: 60000 });

  // The IDE sends the editor's text as the query; it is ours only once the editor shows it (Monaco renders spaces as
  // no-break spaces, hence the comparison without white space). A select-all that lands before the editor has focus
  // appends instead of replacing, so the text is written until it reads back right.
  const editorText = async () => compact((await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' '));
  for (let attempt = 0; attempt < 5 && (await editorText()) !== compact(query); attempt++) {
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // insertText, not type: typed braces would be auto-closed by the editor and garble the document.
    await page.keyboard.insertText(query);
    await page.waitForTimeout(500 * (attempt + 1));
  }

  // The IDE syncs the editor into its document state after a short debounce, and on a loaded machine a click can land
  // before it is ready to run: a missed run is simply tried again.
  const isOurs = (request) => {
    if (request.method() !== 'POST') return false;
    try {
      return compact(JSON.parse(request.postData() ?? '{}').query ?? '') === compact(query);
    } catch {
      return false;
    }
  };
  let answer = null;
  for (let attempt = 0; attempt < 8 && !answer; attempt++) {
    await page.waitForTimeout(1000);
    // The catch is attached at once: a slow click must not leave the wait's rejection unhandled (that ends node).
    const response = page.waitForResponse((candidate) => isOurs(candidate.request()), { timeout: 15000 }).catch(() => null);
    if (attempt % 2 === 0) {
      // By its text: the button's accessible name is not always just "Run" (its icon can take part in it).
      await page.locator('button', { hasText: /^\s*Run\s*$/ }).first().click({ timeout: 15000 }).catch(() => {});
    } else {
      // The IDE's own shortcut, from inside the operation editor.
      await editor.click().catch(() => {});
      await page.keyboard.press('Control+Enter');
    }
    answer = await response;
  }
  if (!answer) {
    await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/hub-bcp-failure.png` });
    throw new Error(`The IDE did not send the query after 8 tries of Run and Ctrl+Enter (screenshot: $TMPDIR/hub-bcp-failure.png). Editor text: ${await editorText()}; POST bodies seen: ${JSON.stringify(posted.map((body) => body.slice(0, 200)))}`);
  }
  console.log(JSON.stringify({ status: answer.status(), body: await answer.json(), requested }));
} finally {
  await browser.close();
}
