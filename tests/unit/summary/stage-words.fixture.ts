// Input of stage-words.test.ts: literals the check must flag, and ones it must not.
// A word in a comment is fine: "yêu cầu".
export const flagged = ['của', 'that', /^(st|nd)$/];
export const notFlagged = ['-', '“', /^\d{1,2}$/, /[\p{L}]+/u, 'word'];
