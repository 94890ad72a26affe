/** The code-system plug-ins a build reads, in build order. */
export { PLUGINS } from '../sources/registry.js';
