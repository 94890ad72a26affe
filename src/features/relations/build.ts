/** Relations' part of a build: the crosswalk and HCC record writers (docs/crosswalks-history.md). */
import type { FeatureBuild } from '../../db/writer.js';
import { relationWriters } from './writers.js';

export const relationsBuild: FeatureBuild = { name: 'relations', writers: relationWriters };
