/** Worker thread: topic links of the policies that name no code, from the committed build file. */
import type { TopicLink } from '../../store/policy-links.js';
import { linkPolicyTopics } from '../policy-topics.js';
import { serveTask } from './task.js';

serveTask<{ path: string; part: number; parts: number }, TopicLink[]>(({ path, part, parts }) => linkPolicyTopics(path, { part, parts }));
