/** A realistic job snapshot for the llm tests, and the mock server's address helpers. */
import type { GenerationJob, LetterContent } from '../schema';

export function sampleJob(overrides: { description?: string; company?: string; maxTokens?: number; model?: string } = {}): Pick<GenerationJob, 'profile' | 'job' | 'config'> {
  return {
    profile: {
      id: 'p1',
      name: 'Grace Hopper',
      email: 'grace@example.com',
      phone: '',
      homepage: '',
      github: '',
      linkedin: '',
      experience: [
        { employer: 'Remington Rand', role: 'Senior Programmer', start: '1949', end: '1967', description: 'Led the team that built the A-0 compiler. Wrote its manual.' },
      ],
      projects: [{ name: 'COBOL', description: 'Designed a business language that reads like English.', url: '' }],
      skills: ['Compilers', 'Technical writing', 'Teaching'],
      education: [{ institution: 'Yale University', degree: 'PhD Mathematics', start: '1930', end: '1934' }],
      writingSample: '',
      createdAt: 1,
      updatedAt: 1,
    },
    job: {
      id: 'j1',
      company: overrides.company ?? 'Initech',
      title: 'Staff Compiler Engineer',
      description: overrides.description ?? 'Build the compiler toolchain for our reporting language. You will own the parser and the code generator.',
      location: 'Austin, TX',
      url: 'https://initech.example/jobs/42',
      source: 'manual',
      capturedAt: 1,
      language: '',
    },
    config: {
      instructions: { overall: '', opening: '', aboutMe: '', whyMe: '', whyCompany: '' },
      model: overrides.model ?? '',
      maxTokens: overrides.maxTokens ?? 2048,
      priority: 0,
      feedback: '',
      letterLanguage: 'auto',
      length: 'standard',
      tone: 'formal',
    },
  };
}

/** A letter the guard has nothing to say about, for the job sampleJob() describes. */
export function cleanLetter(): LetterContent {
  return {
    addressee: 'Hiring Team at Initech',
    opening: 'I would like to be considered for the Staff Compiler Engineer position at Initech.',
    aboutMe: 'At Remington Rand I led the team that built the A-0 compiler, and I designed COBOL.',
    whyMe: 'Your posting asks for someone to own the parser and the code generator; I have done both.',
    whyCompany: 'Initech is building a reporting language, and I would like to help build its toolchain.',
  };
}
