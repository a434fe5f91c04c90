/**
 * The bundled gazetteer files (data/gazetteer/*.json), the source of truth.
 * The analysis does not import this module: the build compiles these files
 * once (scripts/build-data.mjs) into bundled-packed.js, which start-up
 * reads instead (see loadGazetteer in index.ts).
 */
import countries from '../../../data/gazetteer/countries.json' with { type: 'json' };
import international from '../../../data/gazetteer/international.json' with { type: 'json' };
import iraq from '../../../data/gazetteer/iraq.json' with { type: 'json' };
import media from '../../../data/gazetteer/media.json' with { type: 'json' };
import middleEast from '../../../data/gazetteer/middle-east.json' with { type: 'json' };
import usPolitics from '../../../data/gazetteer/us-politics.json' with { type: 'json' };
import world from '../../../data/gazetteer/world.json' with { type: 'json' };
import type { GazetteerFile } from './gazetteer.js';

/** The bundled gazetteer files, in merge order. */
export const BUNDLED_GAZETTEER: readonly GazetteerFile[] = [countries, international, iraq, middleEast, usPolitics, media, world] as unknown as GazetteerFile[];
