/** A failure the user can fix (bad flag, refused action): printed without a stack trace, exit code 1. */
export class UserFacingError extends Error {}
