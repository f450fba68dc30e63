// mandat prints with a system Chromium; never let puppeteer download a browser.
module.exports = { skipDownload: true };
