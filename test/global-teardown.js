/** Removes the run's scratch directory made by test/global-setup.js. */
const fs = require('fs');

module.exports = async () => {
  const dir = process.env.CDKTF_LIBVIRT_JEST_TMP;
  if (dir && /cdktf-libvirt-jest-/.test(dir)) fs.rmSync(dir, { recursive: true, force: true });
};
