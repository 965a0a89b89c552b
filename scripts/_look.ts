import { chromium } from 'playwright-core';
import { serve } from '/work/main/src/harness/serve.ts';
const site = await serve(process.env.ROOT ?? '/tmp/real3');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [path, w, dark, sel, click] = process.argv.slice(2);
const ctx = await b.newContext({ viewport: { width: Number(w), height: 1000 }, colorScheme: dark === 'dark' ? 'dark' : 'light' });
const page = await ctx.newPage();
await page.goto(site.url.replace(/\/$/, '') + path, { waitUntil: 'networkidle' });
if (click) { await page.click(click); await page.waitForTimeout(300); }
if (sel) { await page.locator(sel).first().scrollIntoViewIfNeeded(); }
await page.screenshot({ path: `/tmp/shots/${process.env.OUT ?? 'look'}.png` });
await b.close(); await site.close();
