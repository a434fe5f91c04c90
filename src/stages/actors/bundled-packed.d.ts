// Declaration of dist/src/stages/actors/bundled-packed.js, which the build
// writes (scripts/build-data.mjs), with bundled-packed.json: the bundled
// gazetteer, compiled.
import type { PackedGazetteer } from './gazetteer.js';

declare const packed: PackedGazetteer;
export default packed;
