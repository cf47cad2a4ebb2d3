export { type LookalikeReason, findLookalike } from './lookalike';
export { type OriginPattern, allowListPatternFor, matchOriginPattern, parseOriginPattern } from './pattern';
export { displayHost, normalizeHost } from './host';
export { type JudgeOriginInput, type OriginVerdict, type OriginVerdictKind, judgeOrigin } from './verdict';
export * from './text';
export { foldProtectedName, MIN_PROTECTED_NAME_LENGTH, protectedNameIn } from './protected-names';
