"use server";

import { redirect } from "next/navigation";
import { formAction, publicAccess } from "@/lib/actions/form-action";
import { getAuth } from "@/lib/auth/auth";
import { resetPasswordSchema } from "@/lib/auth/schemas";

export const resetPassword = formAction(publicAccess, resetPasswordSchema, async (input) => {
  await getAuth().api.resetPassword({ body: { token: input.token, newPassword: input.password } });
  redirect("/sign-in?reset=1");
});
