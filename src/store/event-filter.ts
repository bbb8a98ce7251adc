/** Event filters with names already resolved to entity ids; both backends' event queries take them. */
export interface EventFilter {
  readonly type?: string;
  /** Actor or target ids. */
  readonly entities?: readonly string[];
  readonly places?: readonly string[];
  /** Actor, target or place ids (an entity's own page). */
  readonly anyRole?: readonly string[];
  readonly from?: string;
  readonly to?: string;
}
