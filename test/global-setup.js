/**
 * Every test process writes its scratch files (cdktf's Testing.synth/app leave a
 * `cdktf.outdir.*` directory per call, and never remove it) under one directory of this run,
 * which test/global-teardown.js removes: a test run leaves nothing in the system's /tmp.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-jest-'));
  process.env.CDKTF_LIBVIRT_JEST_TMP = dir;
  // os.tmpdir() reads TMPDIR; the worker processes inherit it
  process.env.TMPDIR = dir;
};
