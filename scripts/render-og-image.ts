/**
 * `node scripts/render-og-image.ts`: draws public/og.png, the picture link previews show (1200×630,
 * the size Open Graph and Twitter cards expect). Rendered by Chromium from the HTML below, so the
 * wordmark matches the site's; run it again after changing the design, and commit the PNG.
 */
import { chromium } from 'playwright-core';

const html = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:96px;display:flex;flex-direction:column;
  justify-content:center;gap:28px;background:#0d1117;color:#e6edf3;
  font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif">
  <div style="display:flex;align-items:center;gap:28px;font-size:84px;font-weight:700">
    <svg width="104" height="104" viewBox="0 0 32 32" aria-hidden="true">
      <circle cx="16" cy="16" r="13" fill="none" stroke="#6cb6ff" stroke-width="2.5"/>
      <path d="M3 16h26M16 3c-5 4-5 22 0 26M16 3c5 4 5 22 0 26" fill="none" stroke="#6cb6ff" stroke-width="2.5"/>
    </svg>
    Model Atlas
  </div>
  <div style="font-size:52px;font-weight:600">LLM API prices, side by side</div>
  <div style="font-size:34px;color:#9da7b3">Every provider's price per 1M tokens, context, speed and capabilities, each dated and sourced.</div>
</div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env['ATLAS_CHROMIUM'] ?? '/usr/bin/chromium',
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og.png' });
await browser.close();
console.log('✓ public/og.png');
