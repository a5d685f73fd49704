// What an account needs, checked the same way from the command line and the admin page.
import { z } from "zod";
import { roleSchema } from "./roles";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "must be an e-mail address like ana@example.org" }));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(MAX_PASSWORD_LENGTH, { error: `must be at most ${MAX_PASSWORD_LENGTH} characters` });

export const newAccountSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100).optional(),
  role: roleSchema,
  /** Left out: a one-time password is made and shown once. */
  password: passwordSchema.optional(),
});
export type NewAccount = z.infer<typeof newAccountSchema>;

/** The first problem in words, with the field it is about: "email must be an e-mail address…". */
export function describeAccountIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "input"} ${issue.message}` : "is not valid";
}
