import * as v from 'valibot';
import type { Education, Experience, Project, UserProfile } from '@/lib/schema';
import { newId, UserProfileSchema } from '@/lib/schema';
import { FORM_KEY, issuesToFieldErrors, type FieldErrors } from '@/lib/ui/issues';

/** The picker's value while the form holds a new profile that is not saved yet. */
export const NEW_PROFILE = '__new';

/** The profile as the form edits it: skills as lines of text. */
export interface ProfileDraft {
  id: string;
  name: string;
  email: string;
  phone: string;
  homepage: string;
  github: string;
  linkedin: string;
  skillsText: string;
  experience: Experience[];
  projects: Project[];
  education: Education[];
  /** A letter the user wrote, for their voice only. */
  writingSample: string;
  createdAt: number;
}

export const blankExperience = (): Experience => ({ employer: '', role: '', start: '', end: '', description: '' });
export const blankProject = (): Project => ({ name: '', description: '', url: '' });
export const blankEducation = (): Education => ({ institution: '', degree: '', start: '', end: '' });

export function newDraft(): ProfileDraft {
  return {
    id: newId(),
    name: '',
    email: '',
    phone: '',
    homepage: '',
    github: '',
    linkedin: '',
    skillsText: '',
    experience: [blankExperience()],
    projects: [],
    education: [],
    writingSample: '',
    createdAt: Date.now(),
  };
}

export function draftFromProfile(p: UserProfile): ProfileDraft {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    phone: p.phone,
    homepage: p.homepage,
    github: p.github,
    linkedin: p.linkedin,
    skillsText: p.skills.join('\n'),
    experience: p.experience.map((e) => ({ ...e })),
    projects: p.projects.map((e) => ({ ...e })),
    education: p.education.map((e) => ({ ...e })),
    writingSample: p.writingSample ?? '',
    createdAt: p.createdAt,
  };
}

export function skillsOf(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const isBlank = (entry: object) => Object.values(entry).every((v) => typeof v !== 'string' || v.trim() === '');

/** Entries the user added and left empty are dropped rather than reported. */
export function withoutBlankEntries(d: ProfileDraft): ProfileDraft {
  return {
    ...d,
    experience: d.experience.filter((e) => !isBlank(e)),
    projects: d.projects.filter((e) => !isBlank(e)),
    education: d.education.filter((e) => !isBlank(e)),
  };
}

export function hasBlankEntry(d: ProfileDraft): boolean {
  return [...d.experience, ...d.projects].some(isBlank);
}

/** Is this field path ("experience.1.role") inside an entry the user left empty? */
export function inBlankEntry(d: ProfileDraft, path: string): boolean {
  const [kind, index] = path.split('.');
  if (kind !== 'experience' && kind !== 'projects' && kind !== 'education') return false;
  const entry = (d[kind] as object[])[Number(index)];
  return entry !== undefined && isBlank(entry);
}

/** What UserProfileSchema validates. */
export function candidateOf(d: ProfileDraft, now: number): unknown {
  const { skillsText, ...rest } = d;
  return { ...rest, skills: skillsOf(skillsText), updatedAt: now };
}

/** "skills.3" is shown at the skills textarea. */
export const collapseProfilePath = (path: string) => (path.startsWith('skills.') ? 'skills' : path);

/**
 * The draft checked for saving: the profile to store (blank entries dropped), or one message per
 * field on screen. Messages are keyed by the entries on screen, so those are validated; empty
 * entries are only reported when they are all there is (a profile needs one experience or project).
 */
export function validateDraft(current: ProfileDraft, now: number): { ok: true; profile: UserProfile; cleaned: ProfileDraft } | { ok: false; errors: FieldErrors } {
  const cleaned = withoutBlankEntries(current);
  const parsed = v.safeParse(UserProfileSchema, candidateOf(cleaned, now));
  if (parsed.success) return { ok: true, profile: parsed.output, cleaned };
  const onScreen = v.safeParse(UserProfileSchema, candidateOf(current, now));
  const formError = issuesToFieldErrors(parsed.issues)[FORM_KEY];
  const needsEntry = formError !== undefined;
  const all = onScreen.success ? {} : issuesToFieldErrors(onScreen.issues, collapseProfilePath);
  const errors = Object.fromEntries(
    Object.entries({ ...all, ...(needsEntry && !hasBlankEntry(current) ? { [FORM_KEY]: formError } : {}) }).filter(([key]) => needsEntry || !inBlankEntry(current, key)),
  );
  return { ok: false, errors };
}
