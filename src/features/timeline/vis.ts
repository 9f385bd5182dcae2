/**
 * vis-timeline's standalone build bundles its DataSet and moment, but its type
 * declarations do not mention them. This module gives them the narrow types
 * the timeline feature uses.
 */
import * as vis from 'vis-timeline/standalone';
import type { DataSet as DataSetType } from 'vis-data';

type MomentLike = { utc: () => unknown };

const standalone = vis as unknown as {
  Timeline: typeof vis.Timeline;
  DataSet: typeof DataSetType;
  moment: (input: unknown) => MomentLike;
};

export const Timeline = standalone.Timeline;
export const DataSet = standalone.DataSet;
export const moment = standalone.moment;
