import { LogOut } from "lucide-react";
import { signOut } from "@/app/(auth)/actions/sign-out";
import { SubmitButton } from "@/components/forms/submit-button";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOut}>
      <SubmitButton variant="ghost" size="sm">
        <LogOut aria-hidden="true" />
        {label}
      </SubmitButton>
    </form>
  );
}
