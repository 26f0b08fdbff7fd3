// How long certificates live, in one place so the limits can be read together.

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** rootValidityMsDefault: SwarmKit's root CA lives 20 years. */
export const rootValidityMsDefault = 20 * 365 * dayMs;
/** rootValidityMsMin: a root must outlive at least one default node certificate. */
export const rootValidityMsMin = 90 * dayMs;
/** certValidityMsDefault: SwarmKit's node certificates live 90 days. */
export const certValidityMsDefault = 90 * dayMs;
/** certValidityMsMin: SwarmKit refuses less than an hour; renewal needs room to happen. */
export const certValidityMsMin = hourMs;
/**
 * certBackdateMs: certificates (the root too) start an hour before they are made, so a peer
 * whose clock lags a little still accepts them (SwarmKit does the same).
 */
export const certBackdateMs = hourMs;
