/**
 * The Google Forms API v1 `Form` resource, as far as the emulator reads it
 * (samples/form.json and the scale, grid, date and time variants), with one
 * extension: where a section ends (PageBreakResource).
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
  readonly pageBreakItem?: PageBreakResource;
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

/**
 * A page break (a section's start). The Forms API's `PageBreakItem` has no
 * fields; FormApp's `PageBreakItem.getPageNavigationType()` / `getGoToPage()`
 * say where the form goes "after completing the page before this page break".
 * Forms' editor shows it as "After section N", and nothing in the API resource
 * holds it, so these two fields are this project's extension, with FormApp's
 * meaning: they belong to the section *before* this break. Unset, the form
 * continues to the section that this break starts.
 */
export interface PageBreakResource {
  readonly goToAction?: 'NEXT_SECTION' | 'RESTART_FORM' | 'SUBMIT_FORM';
  /** The itemId of the page break the section before this one jumps to. */
  readonly goToSectionId?: string;
}
