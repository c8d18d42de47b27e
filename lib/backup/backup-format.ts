import * as v from 'valibot';
import { CoverLetterSchema, GenerationJobSchema, SettingsSchema, UserProfileSchema } from '../schema';

/** Names the file as ours: a JSON file from anything else is refused before anything is read. */
export const BACKUP_FORMAT = 'cover-letter-studio-backup';
/** The envelope's own version; DB records carry the database schema version (`dbVersion`). */
export const BACKUP_VERSION = 1;

/** The outside of a backup, checked first so a foreign file gets a clear message. */
export const BackupEnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  dbVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  data: v.object({
    profiles: v.array(v.record(v.string(), v.unknown())),
    jobs: v.array(v.record(v.string(), v.unknown())),
    letters: v.array(v.record(v.string(), v.unknown())),
    settings: v.optional(v.record(v.string(), v.unknown()), {}),
    activeProfileId: v.optional(v.string(), ''),
  }),
});

/** The data once every record is upgraded to the current schema: validated whole before any write. */
export const BackupDataSchema = v.object({
  profiles: v.array(UserProfileSchema),
  jobs: v.array(GenerationJobSchema),
  letters: v.array(CoverLetterSchema),
  settings: SettingsSchema,
  activeProfileId: v.pipe(v.string(), v.maxLength(100)),
});
export type BackupData = v.InferOutput<typeof BackupDataSchema>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  dbVersion: number;
  exportedAt: number;
  data: BackupData;
}
