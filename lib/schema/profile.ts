import * as v from 'valibot';
import { IdSchema, OptionalTextSchema, TextSchema, TimestampSchema } from './common';

export const PROFILE_LIMITS = {
  name: 120,
  skills: 100,
  skill: 80,
  description: 4000,
  entries: 50,
  writingSample: 6000,
} as const;

const UrlOrEmptySchema = v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.maxLength(2048), v.url('Enter a full address starting with https://'))]);

export const ExperienceSchema = v.object({
  employer: v.pipe(TextSchema, v.nonEmpty('Add the employer'), v.maxLength(200)),
  role: v.pipe(TextSchema, v.nonEmpty('Add the role'), v.maxLength(200)),
  start: OptionalTextSchema,
  end: OptionalTextSchema,
  description: v.optional(v.pipe(TextSchema, v.maxLength(PROFILE_LIMITS.description)), ''),
});
export type Experience = v.InferOutput<typeof ExperienceSchema>;

export const ProjectSchema = v.object({
  name: v.pipe(TextSchema, v.nonEmpty('Add the project name'), v.maxLength(200)),
  description: v.optional(v.pipe(TextSchema, v.maxLength(PROFILE_LIMITS.description)), ''),
  url: v.optional(UrlOrEmptySchema, ''),
});
export type Project = v.InferOutput<typeof ProjectSchema>;

export const EducationSchema = v.object({
  institution: v.pipe(TextSchema, v.nonEmpty('Add the institution'), v.maxLength(200)),
  degree: v.optional(v.pipe(TextSchema, v.maxLength(200)), ''),
  start: OptionalTextSchema,
  end: OptionalTextSchema,
});
export type Education = v.InferOutput<typeof EducationSchema>;

/** What the user tells us about themselves: the only facts a letter may use. */
export const UserProfileSchema = v.pipe(
  v.object({
    id: IdSchema,
    name: v.pipe(TextSchema, v.nonEmpty('Add your full name'), v.maxLength(PROFILE_LIMITS.name)),
    email: v.pipe(TextSchema, v.nonEmpty('Add your email'), v.maxLength(320), v.email('Enter a valid email, like name@example.com')),
    phone: OptionalTextSchema,
    homepage: v.optional(UrlOrEmptySchema, ''),
    github: v.optional(UrlOrEmptySchema, ''),
    linkedin: v.optional(UrlOrEmptySchema, ''),
    experience: v.pipe(v.array(ExperienceSchema), v.maxLength(PROFILE_LIMITS.entries)),
    projects: v.pipe(v.array(ProjectSchema), v.maxLength(PROFILE_LIMITS.entries)),
    skills: v.pipe(
      v.array(v.pipe(TextSchema, v.nonEmpty(), v.maxLength(PROFILE_LIMITS.skill))),
      v.minLength(1, 'Add at least one skill'),
      v.maxLength(PROFILE_LIMITS.skills),
    ),
    education: v.pipe(v.array(EducationSchema), v.maxLength(PROFILE_LIMITS.entries)),
    /** A letter the user wrote: shows the model their voice. Style only, never a source of facts. */
    writingSample: v.optional(v.pipe(TextSchema, v.maxLength(PROFILE_LIMITS.writingSample, `Keep the writing sample under ${PROFILE_LIMITS.writingSample.toLocaleString('en')} characters`)), ''),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  }),
  v.check(
    (p) => p.experience.length + p.projects.length > 0,
    'Add at least one experience or project',
  ),
);
export type UserProfile = v.InferOutput<typeof UserProfileSchema>;
export type UserProfileInput = v.InferInput<typeof UserProfileSchema>;
