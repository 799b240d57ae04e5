// Closes the Chromium that globalSetup started for the browser tests, and stops the LibreOffice the
// print tests shared, if one of them started it.
const { stopOffice } = require('./libreOffice');

module.exports = async () => {
  await globalThis.bukuChromiumServer?.close();
  if (process.env.BUKU_LO_PIPE) stopOffice(process.env.BUKU_LO_PIPE);
};
