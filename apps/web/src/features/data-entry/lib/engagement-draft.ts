import type { ClassificationAnswers, EngagementType } from '@portfolio/domain';
import { serviceLineOptions } from './fields.ts';

/** The guide's answers to keep with the engagement: none when the guide was not used. */
export function answersToKeep(answers: ClassificationAnswers): ClassificationAnswers | null {
  return Object.values(answers).every((answer) => answer === 'unsure') ? null : answers;
}

/** A type chosen in the guide, keeping the service line only when it is one of that type. */
export function withType(
  values: Readonly<Record<string, string>>,
  type: EngagementType,
): Record<string, string> {
  const lines = serviceLineOptions(type).map((option) => option.value);
  const line = values.service_line ?? '';
  return { ...values, type, service_line: lines.includes(line) ? line : '' };
}
