import { z } from 'zod';
import { ROLES } from './enums.ts';
import { nameSchema, textSchema } from './schemas.ts';

export const emailSchema = z.email('Enter a valid email').max(320);

/** A new password: long enough to resist guessing (NIST 800-63B asks for length, not character classes). */
export const passwordSchema = z
  .string()
  .min(12, 'Use at least 12 characters')
  .max(1024, 'Use at most 1024 characters');

/** A sign-in: anything typed is checked against the stored hash, so only emptiness is refused here. */
export const signInSchema = z.object({
  email: textSchema.trim().min(1, 'Enter your email').max(320),
  password: z.string().min(1, 'Enter your password').max(1024),
});

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema.default(''),
  role: z.enum(ROLES),
  password: passwordSchema,
});

/** A change to a user, at the version the admin saw. */
export const userChangeSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
  name: nameSchema.optional(),
});

export const newTokenSchema = z.object({
  name: nameSchema.pipe(z.string().min(1, 'Name the token')),
  role: z.enum(ROLES),
});

/** A user named by their email (an admin previewing or sending someone's digest). */
export const userEmailSchema = z.object({ email: emailSchema });
