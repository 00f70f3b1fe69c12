"use client";

import { useActionState } from "react";
import { setBlocked } from "@/app/admin/actions/set-blocked";
import { setRole } from "@/app/admin/actions/set-role";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { initialFormState } from "@/lib/actions/form-state";
import { ROLES, type Role } from "@/lib/auth/auth-roles";

type Labels = { role: string; roleSubmit: string; block: string; unblock: string; roles: Record<Role, string> };

/** Per-user admin controls: change the role, block or unblock. */
export function UserActions({ userId, role, banned, labels }: { userId: string; role: Role; banned: boolean; labels: Labels }) {
  const [roleState, changeRole] = useActionState(setRole, initialFormState);
  const [blockState, changeBlocked] = useActionState(setBlocked, initialFormState);
  const selectId = `role-${userId}`;
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <form action={changeRole} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={userId} />
          <FormField id={selectId} label={labels.role} className="[&_label]:sr-only">
            <NativeSelect name="role" defaultValue={role} className="w-40">
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {labels.roles[value]}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <SubmitButton size="sm" variant="outline">
            {labels.roleSubmit}
          </SubmitButton>
        </form>
        <form action={changeBlocked}>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="blocked" value={banned ? "false" : "true"} />
          <SubmitButton size="sm" variant={banned ? "outline" : "destructive"}>
            {banned ? labels.unblock : labels.block}
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={roleState} />
      <FormMessage state={blockState} />
    </div>
  );
}
