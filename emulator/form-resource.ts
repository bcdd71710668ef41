/**
 * The Google Forms API v1 `Form` resource, as far as the emulator reads it
 * (samples/form.json and the scale, grid, date and time variants).
 */

export interface FormResource {
  readonly formId: string;
  readonly info: {
    readonly title: string;
    readonly documentTitle?: string;
    readonly description?: string;
  };
  readonly settings?: {
    readonly emailCollectionType?: 'EMAIL_COLLECTION_TYPE_UNSPECIFIED' | 'DO_NOT_COLLECT' | 'VERIFIED' | 'RESPONDER_INPUT';
    readonly quizSettings?: { readonly isQuiz?: boolean };
  };
  readonly items: readonly FormItemResource[];
  /** The respondents' URL (…/viewform). */
  readonly responderUri?: string;
  readonly linkedSheetId?: string;
  readonly revisionId?: string;
}

export interface FormItemResource {
  readonly itemId: string;
  readonly title?: string;
  readonly description?: string;
  readonly questionItem?: { readonly question: QuestionResource };
  readonly questionGroupItem?: {
    /** One row question per grid row. */
    readonly questions: readonly QuestionResource[];
    readonly grid?: { readonly columns: ChoiceQuestionResource; readonly shuffleQuestions?: boolean };
  };
  readonly pageBreakItem?: Record<string, never>;
  readonly textItem?: Record<string, never>;
  readonly imageItem?: unknown;
  readonly videoItem?: unknown;
}

export interface QuestionResource {
  readonly questionId: string;
  readonly required?: boolean;
  readonly choiceQuestion?: ChoiceQuestionResource;
  readonly textQuestion?: { readonly paragraph?: boolean };
  readonly scaleQuestion?: { readonly low: number; readonly high: number; readonly lowLabel?: string; readonly highLabel?: string };
  readonly dateQuestion?: { readonly includeTime?: boolean; readonly includeYear?: boolean };
  readonly timeQuestion?: { readonly duration?: boolean };
  readonly rowQuestion?: { readonly title: string };
  readonly fileUploadQuestion?: unknown;
}

export interface ChoiceQuestionResource {
  readonly type: 'RADIO' | 'CHECKBOX' | 'DROP_DOWN';
  readonly options: readonly OptionResource[];
  readonly shuffle?: boolean;
}

export interface OptionResource {
  readonly value?: string;
  readonly isOther?: boolean;
  readonly goToAction?: 'NEXT_SECTION' | 'RESTART_FORM' | 'SUBMIT_FORM';
  readonly goToSectionId?: string;
}
