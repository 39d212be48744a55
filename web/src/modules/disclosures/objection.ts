/**
 * The longest objection the form takes; the server refuses longer with OBJECTION_INVALID.
 * TODO(merge): read OBJECTION_MAX_CHARS from @vinh-danh/shared once main exports it.
 */
export const OBJECTION_MAX_CHARS = 2000;
