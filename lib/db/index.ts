export * from './changes';
export { DB_NAME, DB_VERSION, getDatabase, closeDatabase, openStudioDatabase } from './database';
export { JOB_STORES, jobStoresOf, joinChunks, mergeJob, putJobRecords, readAllJobRecords, readJobRecords, deleteJobRecords, type JobStores } from './job-records';
export * from './jobs-repository';
export * from './letters-repository';
export * from './profiles-repository';
