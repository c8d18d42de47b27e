import type { UserProfile } from '../schema';

export const PROFILE_FIELDS = ['name', 'email', 'phone', 'homepage', 'github', 'linkedin', 'skills', 'experience', 'projects', 'education'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const PROFILE_FIELD_LABELS: Record<ProfileField, string> = {
  name: 'Full name', email: 'Email', phone: 'Phone', homepage: 'Homepage', github: 'GitHub', linkedin: 'LinkedIn',
  skills: 'Skills', experience: 'Experience', projects: 'Projects', education: 'Education',
};

export interface FieldChange {
  field: ProfileField;
  label: string;
  before: string;
  after: string;
}

/** A field as one readable line or list, for the confirmation screen (as text, never HTML). */
export function describeField(profile: UserProfile, field: ProfileField): string {
  switch (field) {
    case 'skills':
      return profile.skills.join(', ');
    case 'experience':
      return profile.experience.map((e) => `${e.role} at ${e.employer}${e.start || e.end ? ` (${[e.start, e.end || 'now'].filter(Boolean).join(' – ')})` : ''}`).join('\n');
    case 'projects':
      return profile.projects.map((p) => p.name).join('\n');
    case 'education':
      return profile.education.map((e) => [e.degree, e.institution].filter(Boolean).join(', ')).join('\n');
    default:
      return profile[field];
  }
}

/** Fields whose content differs; a field the résumé leaves empty is not offered as a change. */
export function profileChanges(current: UserProfile, imported: UserProfile): FieldChange[] {
  return PROFILE_FIELDS.flatMap((field) => {
    const before = describeField(current, field);
    const after = describeField(imported, field);
    const same = JSON.stringify(current[field]) === JSON.stringify(imported[field]);
    if (same || after === '') return [];
    return [{ field, label: PROFILE_FIELD_LABELS[field], before, after }];
  });
}

/** The current profile with the chosen fields taken from the import. */
export function applyFieldChanges(current: UserProfile, imported: UserProfile, fields: ProfileField[], now: number): UserProfile {
  const next: UserProfile = { ...current, updatedAt: now };
  for (const field of fields) (next as Record<ProfileField, unknown>)[field] = imported[field];
  return next;
}
