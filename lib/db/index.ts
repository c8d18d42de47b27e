export * from './changes';
export { DB_NAME, DB_VERSION, getDatabase, closeDatabase, openStudioDatabase } from './database';
export * from './jobs-repository';
export * from './letters-repository';
export * from './profiles-repository';
