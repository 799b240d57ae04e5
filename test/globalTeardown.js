// Closes the Chromium that globalSetup started for the browser tests.
module.exports = async () => {
  await globalThis.bukuChromiumServer?.close();
};
