export interface CoverLetterTarget {
  kind: 'text' | 'file';
  element: HTMLElement;
  label: string;
  confidence: number;
}
