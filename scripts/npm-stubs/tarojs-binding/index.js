'use strict';
// Taro's native binding (a Rust addon) only backs the `taro create`/`taro init` scaffolding commands, which AfterCare
// never runs; its per-platform binaries are not all on the registry these machines reach, which made `npm ci` refuse
// the lock file. Building, serving and testing never load it. See docs/decisions.md.
function unavailable() {
  throw new Error(
    '@tarojs/binding is replaced by a stand-in in this project: `taro create`/`taro init` are not available',
  );
}
module.exports = {
  createPage: unavailable,
  createProject: unavailable,
  createPlugin: unavailable,
  CSSType: {},
  FrameworkType: {},
  CompilerType: {},
  NpmType: {},
  PeriodType: {},
};
