/**
 * What inspectors record instead of a result when there was no ordinary inspection (武汉理工
 * 信息工程学院's sheet has both): 无人, nobody was in, which is no inspection at all, counted
 * apart and never a fail; and 拒查, the dorm refused to be inspected, which fails.
 */
export type InspectionStatus = "nobodyIn" | "refused";

/** The score a refused inspection counts with: a refusal sets the score to 0 (中国海洋大学). */
export const REFUSED_SCORE = 0;
