// The public surface of @qudao/domain: pure business rules (no I/O, no clock, no env).
export * from './shared/result';
export * from './shared/messages';
export * from './shared/local-date';
export * from './shared/account-kind';
export * from './shared/money';

export * from './value-class/config';
export * from './value-class/trailing-value';
export * from './value-class/override';
export * from './value-class/explain';
export * from './value-class/summary';
export * from './value-class/classify';
export * from './value-class/diff';

export * from './shared/migration';
export * from './tier/config';
export * from './tier/share';
export * from './tier/assign-tier';
export * from './tier/tier-text';
export * from './tier/tier-policy';
export * from './tier/migration';

export * from './archive/sections';
export * from './archive/completeness';
export * from './archive/freshness';

export * from './lead/normalise';
export * from './lead/similarity';
export * from './lead/find-duplicates';

export * from './visit/vague-text';
export * from './visit/objective-types';
export * from './visit/objective';
export * from './visit/geofence';
export * from './visit/promise';
export * from './visit/promise-report';
export * from './visit/effective-visit';
export * from './visit/brief-sales';
export * from './visit/visit-frequency';
export * from './visit/brief-checklist';
export * from './visit/complaint-outcome';
export * from './visit/visit-rules';
export * from './visit/order-recommendations';
export * from './visit/service-evaluation';
export * from './visit/joint-visit';
export * from './territory/workload';
export * from './territory/sizing';
