export * from './common';
export * from './profile';
export * from './job-details';
export * from './job';
export * from './letter';
export * from './settings';
export * from './application';
export * from './job-summary';
