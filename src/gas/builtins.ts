// The JavaScript built-ins the add-on uses, bound once as names inside dist/Code.js (esbuild's
// `inject`, scripts/gasBundle.mjs). The same objects as the globals, so Apps Script sees no change;
// but in node:vm, where the tests and `npm run bench sheetsClicks` run the bundle, each read of a
// global name is a call into the context's interceptor (about 0.3 µs, where a bound name costs
// nothing): at ×1 that was about 0.4 s of getOverview's 1.9–2.1 s of CPU.
const g = globalThis;
export const { Array, BigInt, Date, Error, JSON, Map, Math, Number, Object, Promise, RegExp, Set, String } =
  g;
