import { z } from 'zod';
import type { EngagementType } from './enums.ts';

/**
 * The criteria of DESIGN.md's "BPO or KPO" table: for each, what the work looks like when it is BPO and when it
 * is KPO. The guide asks each as a question; the answers suggest a type, and the user decides.
 */
export const CLASSIFICATION_CRITERIA = [
  {
    key: 'nature',
    criterion: 'Nature of tasks',
    question: 'What are the tasks like?',
    BPO: 'Routine, rule-based, repeatable',
    KPO: 'Complex, knowledge-intensive, analytical',
  },
  {
    key: 'skills',
    criterion: 'Skills',
    question: 'Who does the work?',
    BPO: 'General skills, trained to a script or procedure',
    KPO: 'Specialists with degrees and domain expertise',
  },
  {
    key: 'complexity',
    criterion: 'Complexity',
    question: 'How much judgement does the work need?',
    BPO: 'Low to moderate, defined protocols',
    KPO: 'High, needs judgement and decisions',
  },
  {
    key: 'objective',
    criterion: 'Objective',
    question: 'Why is the work bought?',
    BPO: 'Lower cost, operational efficiency',
    KPO: 'Insight and decision support, strategic value',
  },
  {
    key: 'scale',
    criterion: 'Scale',
    question: 'What is the scale of the work?',
    BPO: 'High volume, economies of scale',
    KPO: 'Smaller, specialised projects',
  },
  {
    key: 'interaction',
    criterion: 'Client interaction',
    question: 'How closely do we work with the vendor?',
    BPO: 'Transactional, little collaboration',
    KPO: 'Close, continuous collaboration',
  },
  {
    key: 'judgedBy',
    criterion: 'Judged by',
    question: 'How will we judge the vendor?',
    BPO: 'SLAs on volume, speed and accuracy; cost savings',
    KPO: 'Quality, timeliness and impact of deliverables',
  },
] as const satisfies readonly {
  key: string;
  criterion: string;
  question: string;
  BPO: string;
  KPO: string;
}[];

export type ClassificationCriterion = (typeof CLASSIFICATION_CRITERIA)[number]['key'];

/** An answer points to BPO or KPO, or is left open. */
export const CLASSIFICATION_ANSWERS = ['BPO', 'KPO', 'unsure'] as const;
export type ClassificationAnswer = (typeof CLASSIFICATION_ANSWERS)[number];

const answer = z.enum(CLASSIFICATION_ANSWERS).default('unsure');

/** The guide's answers, one per criterion (an unanswered criterion is `unsure`). */
export const classificationAnswersSchema = z.object({
  nature: answer,
  skills: answer,
  complexity: answer,
  objective: answer,
  scale: answer,
  interaction: answer,
  judgedBy: answer,
} satisfies Record<ClassificationCriterion, typeof answer>);
export type ClassificationAnswers = z.infer<typeof classificationAnswersSchema>;

export type Classification = {
  /** The type most answers point to; null when they are even (or all unsure) and "judged by" does not decide. */
  suggested: EngagementType | null;
  /** The criteria whose answers pointed to each type, in the table's order. */
  pointsTo: Record<EngagementType, ClassificationCriterion[]>;
  unsure: ClassificationCriterion[];
  /** Whether "judged by" broke a tie: it is what the type changes, how the engagement is judged. */
  tieBroken: boolean;
};

/**
 * Suggests BPO or KPO from the guide's answers: the type more answers point to; on a tie the "judged by" answer
 * decides (the type decides how the engagement is judged); with that unsure too, no suggestion.
 */
export function classifyEngagement(answers: ClassificationAnswers): Classification {
  const pointsTo: Record<EngagementType, ClassificationCriterion[]> = { BPO: [], KPO: [] };
  const unsure: ClassificationCriterion[] = [];
  for (const { key } of CLASSIFICATION_CRITERIA) {
    const given = answers[key];
    if (given === 'unsure') unsure.push(key);
    else pointsTo[given].push(key);
  }
  const bpo = pointsTo.BPO.length;
  const kpo = pointsTo.KPO.length;
  if (bpo !== kpo) return { suggested: bpo > kpo ? 'BPO' : 'KPO', pointsTo, unsure, tieBroken: false };
  const decider = answers.judgedBy;
  if (bpo > 0 && decider !== 'unsure') return { suggested: decider, pointsTo, unsure, tieBroken: true };
  return { suggested: null, pointsTo, unsure, tieBroken: false };
}

/** What an engagement keeps of the guide: the answers and the type they suggested (the engagement's type is the decision). */
export type StoredClassification = { answers: ClassificationAnswers; suggested: EngagementType | null };

/** The stored form of the guide's answers, its suggestion computed here rather than taken from the caller. */
export function storedClassification(answers: ClassificationAnswers): StoredClassification {
  return { answers, suggested: classifyEngagement(answers).suggested };
}
