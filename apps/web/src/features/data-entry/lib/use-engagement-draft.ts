import {
  type ClassificationAnswer,
  type ClassificationAnswers,
  type ClassificationCriterion,
  classificationAnswersSchema,
  type EngagementType,
} from '@portfolio/domain';
import { useState } from 'react';
import { withType } from './engagement-draft.ts';

/**
 * An engagement's terms being edited beside the BPO-or-KPO guide (a new engagement's, or a stored one's): the
 * guide's answers, the draft values, and the guide's props. A type chosen in the guide goes into the draft and
 * starts the form again from it (`formKey`), so the form shows the new type and its service lines.
 */
export function useEngagementDraft(initialValues: () => Record<string, string>, storedAnswers: unknown) {
  const [answers, setAnswers] = useState<ClassificationAnswers>(() =>
    classificationAnswersSchema.parse(storedAnswers ?? {}),
  );
  const [values, setValues] = useState<Record<string, string>>(initialValues);
  const [formKey, setFormKey] = useState(0);
  const guide = {
    answers,
    onAnswer: (criterion: ClassificationCriterion, answer: ClassificationAnswer) =>
      setAnswers((current) => ({ ...current, [criterion]: answer })),
    chosen: values.type ?? '',
    onChoose: (type: EngagementType) => {
      setValues((current) => withType(current, type));
      setFormKey((key) => key + 1);
    },
  };
  return { answers, values, setValues, formKey, guide };
}
