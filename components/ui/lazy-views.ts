import type { Component, ComponentProps } from 'svelte';

/**
 * A view loaded on first show (see Lazy.svelte). `current` is set once loaded, so showing the view
 * again renders it at once, without a loading state.
 */
export interface LazyView<Props extends Record<string, any> = Record<string, any>> {
  /** Said while loading ("Loading the letter…") and if loading fails. */
  label: string;
  /** No loading line: for parts that show nothing until something happens. */
  quiet?: boolean;
  current: Component<Props> | undefined;
  load(): Promise<Component<Props>>;
}

function lazyView<C extends Component<any>>(label: string, importer: () => Promise<{ default: C }>, quiet = false): LazyView<ComponentProps<C>> {
  let loading: Promise<Component<ComponentProps<C>>> | undefined;
  const view: LazyView<ComponentProps<C>> = {
    label,
    quiet,
    current: undefined,
    load() {
      loading ??= importer().then(
        (module) => (view.current = module.default),
        (error: unknown) => {
          loading = undefined; // a failed load (extension updated meanwhile) may be retried
          throw error;
        },
      );
      return loading;
    },
  };
  return view;
}

/** Views the panel needs only after a click: none of their code is loaded when the panel opens. */
export const LETTER_VIEW = lazyView('the letter', () => import('../letter/LetterView.svelte'));
export const PROFILE_VIEW = lazyView('your profile', () => import('../profile/ProfileView.svelte'));
/** Asks which tab to fill when the background requests it: not needed for the first paint. */
export const FILL_CHOOSER = lazyView('the form filler', () => import('../applications/FillChooser.svelte'), true);
export const SETTINGS_VIEW = lazyView('Settings', () => import('../settings/SettingsView.svelte'));
/** "Export several letters", once opened: the selection, the format and the ZIP export. */
export const BULK_EXPORT = lazyView('the export', () => import('../jobs/bulk/BulkExportBody.svelte'));
/** A job card's Export menu, once opened: its format buttons and the export code. */
export const EXPORT_MENU = lazyView('the export formats', () => import('../jobs/bulk/ExportMenuItems.svelte'));
/** "Generate for open tabs" after its first click: reading the tabs and queueing the chosen ones. */
export const OPEN_TABS = lazyView('your open tabs', () => import('../jobs/OpenTabsScan.svelte'));
/** A question before something that cannot be undone ("Clear finished jobs?"). */
export const CONFIRM_DIALOG = lazyView('the question', () => import('./ConfirmDialog.svelte'));
/** The first-run steps, shown only without an API key or a profile. */
export const GET_STARTED = lazyView('the first steps', () => import('./GetStarted.svelte'), true);
/** The job form's "Instructions for each part", once unfolded. */
export const PART_INSTRUCTIONS = lazyView('the fields for each part', () => import('../jobs/form/PartInstructions.svelte'));
/** The jobs being written or waiting, above the form: only while there are some. */
export const RUNNING_JOBS = lazyView('the running jobs', () => import('../jobs/RunningJobs.svelte'), true);
/** What a capture from a page found (or that it queued the job). */
export const CAPTURE_NOTICE = lazyView('the note about this page', () => import('../jobs/CaptureNotice.svelte'));
/** The counts per application status of the jobs list's "Applications" mode. */
export const APPLICATIONS_SUMMARY = lazyView('the application counts', () => import('../applications/ApplicationsSummary.svelte'));
